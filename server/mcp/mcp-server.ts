/**
 * The same tools, sources and knowledge over the Model Context Protocol: every tool with its zod input
 * schema (read-only, and annotated so), the findings cards and the bibliography as resources, and
 * briefing prompts that steer a client's model to call the right tools and cite.
 */
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { type ZodObject, type ZodRawShape, z } from 'zod';
import type { KnowledgeBase } from '../data/knowledge-base.ts';
import { createToolDefinitions } from '../tools/registry.ts';

const INSTRUCTIONS =
  'Data on how generative AI may change work, from the ILO task-level exposure research (2023 study WP96, 2025 refined index WP140). ' +
  'Every tool result carries `sources`: cite them. Country figures from countryExposure and rankCountries, and sector figures from ' +
  "sectorExposure, rankSectors and rankSectorOccupations, are this server's estimates, not ILO figures. Exposure is not job loss.";

export function createMcpServer(kb: KnowledgeBase): McpServer {
  const server = new McpServer({ name: 'genai-jobs-assistant', version: '0.1.0' }, { instructions: INSTRUCTIONS });
  for (const [name, definition] of Object.entries(createToolDefinitions({ kb }))) {
    server.registerTool(
      name,
      {
        description: definition.description,
        inputSchema: definition.inputSchema as ZodObject<ZodRawShape>,
        annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
      },
      async (input: unknown) => {
        const result = (await definition.execute!(input as never, { toolCallId: 'mcp', messages: [] })) as Record<string, unknown>;
        return { content: [{ type: 'text' as const, text: JSON.stringify(result) }], structuredContent: result };
      },
    );
  }
  registerResources(server, kb);
  registerPrompts(server);
  return server;
}

function registerResources(server: McpServer, kb: KnowledgeBase) {
  server.registerResource(
    'finding',
    new ResourceTemplate('finding://{id}', {
      list: async () => ({
        resources: (
          await kb.db.query<{ id: string; title: string; language: string }>('SELECT id, title, language FROM findings ORDER BY id')
        ).map((row) => ({
          uri: `finding://${row.id}`,
          name: row.id,
          title: row.title,
          mimeType: 'text/markdown',
          description: `Findings card (${row.language})`,
        })),
      }),
    }),
    {
      title: 'Findings cards',
      description: 'Cited findings (methods, results, policy, caveats) in English and Traditional Chinese',
      mimeType: 'text/markdown',
    },
    async (uri, { id }) => {
      const [card] = await kb.db.query<{
        id: string;
        title: string;
        body: string;
        source_id: string;
        locator: string;
        source_class: string;
        language: string;
      }>('SELECT id, title, body, source_id, locator, source_class, language FROM findings WHERE id = $1', [String(id)]);
      if (!card) throw new Error(`No findings card ${String(id)}`);
      const text =
        `# ${card.title}\n\n${card.body}\n\nSource: ${card.source_id}, ${card.locator} (${card.source_class}); language ` +
        `${card.language}.`;
      return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text }] };
    },
  );
  server.registerResource(
    'bibliography',
    'sources://bibliography',
    {
      title: 'Bibliography',
      description:
        'Papers, briefs, datasets and classifications with DOI/URL and licence, plus the CC BY attribution and adaptation disclaimer',
      mimeType: 'application/json',
    },
    async (uri) => {
      const catalog = await kb.catalog();
      const text = JSON.stringify({ sources: [...catalog.sources.values()], ...catalog.notices }, null, 2);
      return { contents: [{ uri: uri.href, mimeType: 'application/json', text }] };
    },
  );
}

const zString = (description: string) => z.string().min(1).max(200).describe(description);

function registerPrompts(server: McpServer) {
  const userText = (text: string) => ({ messages: [{ role: 'user' as const, content: { type: 'text' as const, text } }] });
  server.registerPrompt(
    'country-briefing',
    {
      title: 'Country briefing',
      description: "A cited briefing on how exposed a country's workforce is to generative AI",
      argsSchema: { country: zString('Country name or ISO3 code') },
    },
    ({ country }) =>
      userText(
        `Write a short briefing on the exposure of ${country}'s workforce to generative AI. Call countryExposure for ${country}, ` +
          `groupExposure for its income group (by sex too), and searchFindings for the caveat on developing countries. Say that the ` +
          `country figures are this server's estimates (give the method's validation error), cite every figure with its source, and ` +
          `end with one line: exposure is not job loss.`,
      ),
  );
  server.registerPrompt(
    'occupation-briefing',
    {
      title: 'Occupation briefing',
      description: 'A cited briefing on one occupation: scores in both studies and its most exposed tasks',
      argsSchema: { occupation: zString('Job title or ISCO-08 code') },
    },
    ({ occupation }) =>
      userText(
        `Write a short briefing on how exposed "${occupation}" is to generative AI. Call resolveOccupation, then getOccupation for ` +
          `the best match (name the alternatives), compare the 2023 (WP96) and 2025 (WP140) scores and list the three most exposed ` +
          `tasks. Cite every figure with its source and end with one line: exposure is not job loss.`,
      ),
  );
  server.registerPrompt(
    'policy-options',
    {
      title: 'Policy options',
      description: 'What the ILO research suggests doing about a topic (women, skills, social dialogue, ...)',
      argsSchema: { topic: zString('The policy topic') },
    },
    ({ topic }) =>
      userText(
        `Summarise what the ILO research suggests on "${topic}". Call searchFindings (in the user's language) and cite each finding ` +
          `you use with its source and locator.`,
      ),
  );
}
