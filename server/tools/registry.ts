/**
 * The single tool registry. Chat (AI SDK tool loop), REST and MCP all take their tools from here;
 * the record key is the tool name the model sees.
 */
import { createCompareOccupationsTool } from './compare-occupations.ts';
import { createCountryExposureTool } from './country-exposure.ts';
import { createGetOccupationTool } from './get-occupation.ts';
import { createGroupExposureTool } from './group-exposure.ts';
import { createRankCountriesTool } from './rank-countries.ts';
import { createRankOccupationsTool } from './rank-occupations.ts';
import { createResolveOccupationTool } from './resolve-occupation.ts';
import { createSearchFindingsTool } from './search-findings.ts';
import type { ToolDeps } from './tool-deps.ts';

export function createTools(deps: ToolDeps) {
  return {
    resolveOccupation: createResolveOccupationTool(deps),
    getOccupation: createGetOccupationTool(deps),
    rankOccupations: createRankOccupationsTool(deps),
    compareOccupations: createCompareOccupationsTool(deps),
    groupExposure: createGroupExposureTool(deps),
    countryExposure: createCountryExposureTool(deps),
    rankCountries: createRankCountriesTool(deps),
    searchFindings: createSearchFindingsTool(deps),
  };
}

export type Tools = ReturnType<typeof createTools>;
export type ToolName = keyof Tools;
