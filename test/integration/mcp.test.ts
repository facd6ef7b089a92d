/**
 * The official MCP SDK client against our server: over Streamable HTTP (the real app, in process) and
 * over stdio (a child process, as a desktop client starts it). Same tools, data and sources as REST.
 */
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/paths.ts';
import { createTestApp, getJson, seededDataDir } from '../support/test-app.ts';

const TOOLS = [
  'compareOccupations',
  'countryExposure',
  'defineTerms',
  'getOccupation',
  'groupExposure',
  'rankCountries',
  'rankOccupations',
  'rankSectorOccupations',
  'rankSectors',
  'resolveOccupation',
  'searchFindings',
  'sectorExposure',
];
const CALLS: Record<string, Record<string, unknown>> = {
  resolveOccupation: { query: 'bookkeeper' },
  getOccupation: { code: '4132' },
  rankOccupations: { limit: 3 },
  compareOccupations: { codes: ['4211', '2643'] },
  groupExposure: { population: 'HIC' },
  countryExposure: { country: 'BRA' },
  rankCountries: { limit: 3 },
  searchFindings: { query: 'social dialogue' },
  defineTerms: { terms: ['gradient_4'] },
  sectorExposure: { sector: 'banking', area: 'DEU' },
  rankSectors: { area: 'EU27', limit: 3 },
  rankSectorOccupations: { sector: 'K', area: 'USA', limit: 3 },
};

let context: Awaited<ReturnType<typeof createTestApp>>;
let client: Client;
beforeAll(async () => {
  context = await createTestApp();
  client = new Client({ name: 'test-client', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL('http://localhost/mcp'), {
      fetch: async (input, init) => context.app.request(String(input), init),
    }),
  );
});
afterAll(async () => {
  await client?.close();
  await context.db.close();
});

const structured = (result: Awaited<ReturnType<Client['callTool']>>) =>
  result.structuredContent as { data: any; sources: { id: string }[] };

describe('MCP over Streamable HTTP', () => {
  it('lists every tool, read-only, with its input schema', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(TOOLS);
    for (const tool of tools) {
      expect(tool.annotations).toMatchObject({ readOnlyHint: true });
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.description!.length).toBeGreaterThan(40);
    }
  });

  it.each(TOOLS)('calls %s and gets data with sources', async (name) => {
    const result = await client.callTool({ name, arguments: CALLS[name] });
    expect(result.isError).toBeFalsy();
    const output = structured(result);
    expect(output.data).toBeDefined();
    expect(output.sources.length).toBeGreaterThan(0);
    expect(JSON.parse((result.content as { text: string }[])[0]!.text)).toEqual(output);
  });

  it('returns the same data as the REST API', async () => {
    const viaMcp = structured(await client.callTool({ name: 'getOccupation', arguments: { code: '4132' } }));
    const viaRest = (await getJson(context.app, '/api/occupations/4132')).body;
    expect(viaMcp.data.wp140).toEqual(viaRest.wp140);
    expect(viaMcp.data.wp96).toEqual(viaRest.wp96);
    expect(viaMcp.sources.map((source) => source.id)).toEqual(viaRest.sources.map((source: { id: string }) => source.id));
    const country = structured(await client.callTool({ name: 'countryExposure', arguments: { country: 'Brazil' } }));
    expect(country.data.estimate).toEqual((await getJson(context.app, '/api/countries/BRA')).body.estimate);
  });

  it('answers bad arguments with an MCP error, not a crash', async () => {
    const result = await client.callTool({ name: 'getOccupation', arguments: { code: 'abc' } });
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result.content)).toMatch(/ISCO-08 code/);
    await expect(client.callTool({ name: 'noSuchTool', arguments: {} })).resolves.toMatchObject({ isError: true });
    // The server is still fine afterwards.
    expect(structured(await client.callTool({ name: 'getOccupation', arguments: { code: '2513' } })).data.code).toBe('2513');
  });

  it('serves the findings and the bibliography as resources', async () => {
    const { resources } = await client.listResources();
    expect(resources.some((resource) => resource.uri === 'finding://policy-support-for-women')).toBe(true);
    expect(resources.some((resource) => resource.uri === 'finding://policy-support-for-women.zh-TW')).toBe(true);
    const card = await client.readResource({ uri: 'finding://policy-support-for-women' });
    expect((card.contents[0] as { text: string }).text).toMatch(/^# /);
    const bibliography = JSON.parse(((await client.readResource({ uri: 'sources://bibliography' })).contents[0] as { text: string }).text);
    expect(bibliography.sources.find((source: { id: string }) => source.id === 'ilo-wp140-2025').doi).toBe('10.54394/HETP0387');
    expect(bibliography.attribution.en).toContain('CC BY 4.0');
  });

  it('offers briefing prompts that name the tools to call', async () => {
    const { prompts } = await client.listPrompts();
    expect(prompts.map((prompt) => prompt.name).sort()).toEqual(['country-briefing', 'occupation-briefing', 'policy-options']);
    const prompt = await client.getPrompt({ name: 'country-briefing', arguments: { country: 'Kenya' } });
    expect((prompt.messages[0]!.content as { text: string }).text).toMatch(/countryExposure.*Kenya|Kenya.*countryExposure/s);
  });
});

describe('MCP over stdio', () => {
  it('starts as a child process, lists tools and answers a call', async () => {
    // A DATA_DIR holding the database the global setup ingested, so the child starts warm instead of ingesting.
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: ['--import', 'tsx', join(ROOT_DIR, 'server/mcp/stdio.ts')],
      env: {
        ...(process.env as Record<string, string>),
        // The dataset the global setup ingested: the server starts as it would after its first start.
        DATA_DIR: await seededDataDir(),
        DATABASE_URL: '',
        LOG_LEVEL: 'warn',
      },
      stderr: 'ignore',
    });
    const stdioClient = new Client({ name: 'stdio-test', version: '1.0.0' });
    await stdioClient.connect(transport);
    try {
      expect((await stdioClient.listTools()).tools.map((tool) => tool.name).sort()).toEqual(TOOLS);
      const result = await stdioClient.callTool({ name: 'rankOccupations', arguments: { limit: 1 } });
      expect(structured(result).data.items[0].code).toBe('4132');
    } finally {
      await stdioClient.close();
    }
  }, 120_000);
});
