/**
 * The official MCP SDK client against our server: over Streamable HTTP (the real app, in process) and
 * over stdio (a child process, as a desktop client starts it). Same tools, data and sources as REST.
 */
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOOL_NAMES, type ToolName } from '../../server/domain/tool-names.ts';
import { ROOT_DIR } from '../../server/paths.ts';
import type { ToolOutputs } from '../../server/tools/registry.ts';
import { createTestApp, getJson, seededDataDir } from '../support/test-app.ts';

const TOOLS = [...TOOL_NAMES].sort();
const CALLS: Record<ToolName, Record<string, unknown>> = {
  resolveOccupation: { query: 'bookkeeper' },
  getOccupation: { code: '4132' },
  rankOccupations: { limit: 3 },
  compareOccupations: { codes: ['4211', '2643'] },
  searchTasks: { query: 'writing reports', limit: 3 },
  groupExposure: { population: 'HIC' },
  countryExposure: { country: 'BRA' },
  rankCountries: { limit: 3 },
  searchFindings: { query: 'social dialogue' },
  defineTerms: { terms: ['gradient_4'] },
  sectorExposure: { sector: 'banking', area: 'DEU' },
  rankSectors: { area: 'EU27', limit: 3 },
  rankSectorOccupations: { sector: 'K', area: 'USA', limit: 3 },
};

/** What each call must return: values read from knowledge/data (and, for searches, today's ranking). */
const EXPECTED: { [Name in ToolName]: (output: ToolOutputs[Name]) => void } = {
  resolveOccupation: ({ data }) => expect(data.candidates.map((candidate) => candidate.code)).toEqual(['4311', '3313', '1211', '2411']),
  getOccupation: ({ data, sources }) => {
    expect(data).toMatchObject({
      kind: 'occupation',
      wp140: { mean: 0.7, sd: 0.03, exposure: 'gradient_4', label: 'Gradient 4' },
      wp96: { mean: 0.7, sd: 0.1, category: 'automation', label: 'Automation potential' },
    });
    expect(sources.map((source) => source.id)).toEqual(['occupation:4132', 'ilo-wp96-2023', 'ilo-wp140-2025']);
  },
  rankOccupations: ({ data }) =>
    expect(data.items.map((item) => [item.code, item.wp140?.mean])).toEqual([
      ['4132', 0.7],
      ['4131', 0.65],
      ['4311', 0.64],
    ]),
  compareOccupations: ({ data }) =>
    expect(data.items.map((item) => [item.code, item.wp140?.mean])).toEqual([
      ['4211', 0.58],
      ['2643', 0.59],
    ]),
  searchTasks: ({ data, sources }) => {
    expect(data.items.map((item) => item.code)).toEqual(['2240', '2114', '2111']);
    expect(data.items[2]?.tasks[0]?.text).toBe('Preparing scientific papers and reports.');
    expect(sources.map((source) => source.id)).toEqual(['occupation:2240', 'occupation:2114', 'occupation:2111']);
  },
  groupExposure: ({ data }) => {
    expect(data.figures.map((figure) => figure.id)).toEqual([
      'wp140-exposed-share-hic',
      'wp140-gradient4-share-hic-men',
      'wp140-gradient4-share-hic-women',
      'wp96-augmentation-share-hic',
      'wp96-automation-share-hic',
    ]);
    expect(data.estimate?.measures[0]?.total).toEqual({ sharePercent: 32.75, exposedThousands: 229752.4 });
  },
  countryExposure: ({ data }) => {
    if (data.kind !== 'country') throw new Error(`no country: ${JSON.stringify(data)}`);
    expect(data.iso3).toBe('BRA');
    expect(data.estimate?.measures[0]?.total).toEqual({ sharePercent: 27.69, exposedThousands: 27843.2 });
  },
  rankCountries: ({ data }) =>
    expect(data.items.map((item) => [item.iso3, item.sharePercent])).toEqual([
      ['MAC', 45.4],
      ['JPN', 41.31],
      ['PRI', 39.23],
    ]),
  searchFindings: ({ data }) =>
    expect(data.items.map((item) => item.id)).toEqual([
      'policy-social-dialogue',
      'policy-regulation-fair-transition',
      'wp96-policy-managing-transition',
      'policy-job-quality-under-augmentation',
    ]),
  defineTerms: ({ data, sources }) => {
    expect(data.labels.map((label) => [label.key, label.study, label.label])).toEqual([['gradient_4', 'WP140', 'Gradient 4']]);
    expect(data.glossary.map((entry) => entry.term)).toEqual(['gradient']);
    expect(sources.map((source) => source.id)).toEqual(['ilo-wp140-2025']);
  },
  sectorExposure: ({ data, sources }) => {
    if (data.kind !== 'sector_exposure') throw new Error(`no estimate: ${JSON.stringify(data)}`);
    expect([data.area.code, data.sector.section]).toEqual(['DEU', 'K']);
    expect(data.measures.map((measure) => [measure.measure, measure.sharePercent, measure.exposedThousands])).toEqual([
      ['wp140_exposed', 58.84, 766.2],
      ['wp140_gradient_4', 9.79, 127.5],
      ['wp96_automation', 15.81, 205.8],
      ['wp96_augmentation', 15.99, 208.2],
    ]);
    expect(sources.map((source) => source.id)).toEqual(['sector:DEU:K', 'eurostat-lfsa-eisn2', 'ilo-genai-scores-2025']);
  },
  rankSectors: ({ data }) => {
    if (data.kind !== 'sector_ranking') throw new Error(`no ranking: ${JSON.stringify(data)}`);
    expect(data.items.map((item) => [item.section, item.sharePercent])).toEqual([
      ['K', 49.93],
      ['O', 45.09],
      ['U', 43.85],
    ]);
  },
  rankSectorOccupations: ({ data }) => {
    if (data.kind !== 'sector_occupations') throw new Error(`no occupations: ${JSON.stringify(data)}`);
    expect(data.occupationsRanked).toBe(251);
    expect(data.items.map((item) => [item.code, item.exposedThousands])).toEqual([
      ['43-4051', 487.9],
      ['41-3021', 451.9],
      ['41-3031', 447.4],
    ]);
  },
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

const structured = <Name extends ToolName>(result: Awaited<ReturnType<Client['callTool']>>, _name: Name) =>
  result.structuredContent as ToolOutputs[Name];

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

  it.each(TOOL_NAMES)('calls %s and gets its data with sources', async (name) => {
    const result = await client.callTool({ name, arguments: CALLS[name] });
    expect(result.isError).toBeFalsy();
    const output = structured(result, name);
    (EXPECTED[name] as (output: ToolOutputs[ToolName]) => void)(output);
    expect(JSON.parse((result.content as { text: string }[])[0]!.text)).toEqual(output);
  });

  it('returns the same data as the REST API', async () => {
    const viaMcp = structured(await client.callTool({ name: 'getOccupation', arguments: { code: '4132' } }), 'getOccupation');
    const viaRest = (await getJson(context.app, '/api/occupations/4132')).body;
    expect(viaMcp.data).toMatchObject({ wp140: viaRest.wp140, wp96: viaRest.wp96 });
    expect(viaMcp.sources.map((source) => source.id)).toEqual(viaRest.sources.map((source: { id: string }) => source.id));
    const country = structured(await client.callTool({ name: 'countryExposure', arguments: { country: 'Brazil' } }), 'countryExposure');
    expect(country.data).toHaveProperty('estimate');
    expect(country.data.kind === 'country' && country.data.estimate).toEqual(
      (await getJson(context.app, '/api/countries/BRA')).body.estimate,
    );
  });

  it('answers bad arguments with an MCP error, not a crash', async () => {
    const result = await client.callTool({ name: 'getOccupation', arguments: { code: 'abc' } });
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result.content)).toMatch(/ISCO-08 code/);
    await expect(client.callTool({ name: 'noSuchTool', arguments: {} })).resolves.toMatchObject({ isError: true });
    // The server is still fine afterwards.
    const after = structured(await client.callTool({ name: 'getOccupation', arguments: { code: '2513' } }), 'getOccupation');
    expect(after.data).toMatchObject({ kind: 'occupation', code: '2513' });
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
      expect(structured(result, 'rankOccupations').data.items[0]?.code).toBe('4132');
    } finally {
      await stdioClient.close();
    }
  }, 120_000);
});
