/**
 * The single tool registry. Chat (AI SDK tool loop), REST and MCP all take their tools from here;
 * the record key is the tool name the model sees (server/domain/tool-names.ts).
 */

import { type InferToolOutput, type Tool, zodSchema } from 'ai';
import type { ToolName } from '../domain/tool-names.ts';
import { createCompareOccupationsTool } from './compare-occupations.ts';
import { createCountryExposureTool } from './country-exposure.ts';
import { createDefineTermsTool } from './define-terms.ts';
import { createGetOccupationTool } from './get-occupation.ts';
import { createGroupExposureTool } from './group-exposure.ts';
import { createRankCountriesTool } from './rank-countries.ts';
import { createRankOccupationsTool } from './rank-occupations.ts';
import { createRankSectorOccupationsTool } from './rank-sector-occupations.ts';
import { createRankSectorsTool } from './rank-sectors.ts';
import { createResolveOccupationTool } from './resolve-occupation.ts';
import { createSearchFindingsTool } from './search-findings.ts';
import { createSearchTasksTool } from './search-tasks.ts';
import { createSectorExposureTool } from './sector-exposure.ts';
import type { ToolDeps, ToolResult } from './tool-deps.ts';

/**
 * Create once per app, not per request: the AI SDK turns each zod input schema into JSON Schema on
 * first use and caches it on the schema object, so reusing the tools saves that work on every turn.
 */
export function createTools(deps: ToolDeps) {
  const definitions = createToolDefinitions(deps);
  return Object.fromEntries(
    Object.entries(definitions).map(([name, definition]) => [name, cachingSchema(definition)]),
  ) as typeof definitions;
}

/** The tools as defined, with their zod input schemas (what MCP serves; the chat uses createTools). */
export function createToolDefinitions(deps: ToolDeps) {
  return {
    resolveOccupation: createResolveOccupationTool(deps),
    getOccupation: createGetOccupationTool(deps),
    rankOccupations: createRankOccupationsTool(deps),
    compareOccupations: createCompareOccupationsTool(deps),
    searchTasks: createSearchTasksTool(deps),
    groupExposure: createGroupExposureTool(deps),
    countryExposure: createCountryExposureTool(deps),
    rankCountries: createRankCountriesTool(deps),
    sectorExposure: createSectorExposureTool(deps),
    rankSectors: createRankSectorsTool(deps),
    rankSectorOccupations: createRankSectorOccupationsTool(deps),
    searchFindings: createSearchFindingsTool(deps),
    defineTerms: createDefineTermsTool(deps),
    // Exactly the declared names, and every tool returns its data with the sources of every figure in it.
  } satisfies Record<ToolName, ReturnsToolResult>;
}

type Returns<T> = AsyncIterable<T> | PromiseLike<T> | T;
interface ReturnsToolResult {
  execute?: (input: never, options: never) => Returns<ToolResult<unknown>>;
}

/** A raw zod schema is converted again on every call; wrapped once, its JSON Schema is computed once. */
function cachingSchema<T extends Tool>(definition: T): T {
  return { ...definition, inputSchema: zodSchema(definition.inputSchema as never) } as T;
}

export type Tools = ReturnType<typeof createTools>;

/** Each tool's output, as the chat, REST and MCP get it: the one declaration the web's types derive from. */
export type ToolOutputs = { [Name in ToolName]: InferToolOutput<Tools[Name]> };
