/**
 * Sector estimates end to end: the committed tables hold together (sector totals against national
 * totals, every figure against its coverage), and REST, MCP and the tool give the same figures as a
 * hand computation from the raw rows for four sector × country cells.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { sharedDataDir } from '../../knowledge/build/build-data.ts';
import { KNOWLEDGE_DIR } from '../../server/paths.ts';
import { createToolDefinitions, type ToolOutputs } from '../../server/tools/registry.ts';
import { FIXTURES_DIR, type HandResult, handMajorGroupSector, handUsFinance, MEASURES } from '../support/sector-hand-computation.ts';
import { createTestApp, getJson } from '../support/test-app.ts';

const data = (file: string) =>
  parse(readFileSync(join(KNOWLEDGE_DIR, 'data', file), 'utf8'), { columns: true }) as Record<string, string>[];
const estimates = data('sector-estimates.csv');
const totals = new Map(data('sector-totals.csv').map((row) => [row.area_code!, row]));
const figure = (area: string, section: string, measure: string, naics = '') =>
  estimates.find((row) => row.area_code === area && row.section === section && row.naics === naics && row.measure === measure)!;

describe('sector tables', () => {
  it('reproduce national totals: Philippine sections sum to the national total, published cells and occupations cover nearly all', () => {
    const philippines = totals.get('PHL')!;
    expect(Math.abs(Number(philippines.sector_totals_thousands) - Number(philippines.national_total_thousands))).toBeLessThan(0.01);
    expect(Number(philippines.published_cells_thousands) / Number(philippines.national_total_thousands)).toBeGreaterThan(0.9999);
    const us = totals.get('USA')!;
    expect(Number(us.published_cells_thousands) / Number(us.sector_totals_thousands)).toBeGreaterThan(0.995);
    for (const row of estimates.filter(
      (candidate) => candidate.area_code === 'USA' && candidate.naics !== '' && candidate.measure === 'wp140_exposed',
    ))
      expect(Number(row.employment_thousands) / Number(row.source_total_thousands), row.naics).toBeGreaterThan(0.97);
  });

  it('compare European published cells with the ILO modelled totals (another source): within 10% for all but Cyprus and Luxembourg', () => {
    const european = [...totals.values()].filter((row) => row.source === 'eurostat-lfsa-eisn2' && row.area_kind === 'country');
    expect(european).toHaveLength(33);
    const off = european
      .filter((row) => Math.abs(Number(row.published_cells_thousands) / Number(row.ilo_modelled_2024_thousands) - 1) > 0.1)
      .map((row) => row.area_code);
    expect(off.sort()).toEqual(['CYP', 'LUX']);
  });

  it('add up: sections to the all-sector row, NAICS sectors to their section, countries to their region', () => {
    const scored = (area: string, section: string, naics = '') => Number(figure(area, section, 'wp140_exposed', naics).scored_thousands);
    const sectionsOf = (area: string) => [
      ...new Set(
        estimates.filter((row) => row.area_code === area && row.naics === '' && row.section !== 'TOTAL').map((row) => row.section!),
      ),
    ];
    for (const area of ['DEU', 'ESP', 'PHL', 'USA', 'EU27'])
      expect(sectionsOf(area).reduce((sum, section) => sum + scored(area, section), 0)).toBeCloseTo(scored(area, 'TOTAL'), 0);
    expect(scored('USA', 'G', '42') + scored('USA', 'G', '44-45')).toBeCloseTo(scored('USA', 'G'), 1);
    const eu = 'AUT BEL BGR CYP CZE DEU DNK ESP EST FIN FRA GRC HRV HUN IRL ITA LTU LUX LVA MLT NLD POL PRT ROU SVK SVN SWE'.split(' ');
    expect(eu.reduce((sum, area) => sum + scored(area, 'K'), 0)).toBeCloseTo(scored('EU27', 'K'), 0);
  });

  it('carry each figure with its coverage, and exposed workers = share × scored employment', () => {
    for (const row of estimates) {
      expect(Number(row.scored_thousands)).toBeLessThanOrEqual(Number(row.employment_thousands) + 1e-9);
      if (row.share_percent === '') continue;
      // The share is rounded to 2 decimals, the workers to 1: they agree within that rounding.
      const implied = (Number(row.share_percent) / 100) * Number(row.scored_thousands);
      expect(Math.abs(Number(row.exposed_thousands) - implied)).toBeLessThanOrEqual(0.00005 * Number(row.scored_thousands) + 0.05);
    }
    // Armed forces have no ILO score: public administration is the sector where that shows.
    expect(Number(figure('DEU', 'O', 'wp140_exposed').scored_thousands)).toBeLessThan(
      Number(figure('DEU', 'O', 'wp140_exposed').employment_thousands),
    );
    expect(Number(figure('DEU', 'K', 'wp140_exposed').suppressed_cells)).toBeGreaterThan(0);
    expect(Number(figure('DEU', 'TOTAL', 'wp140_exposed').unreliable_thousands)).toBeGreaterThan(0);
  });

  it('validate every all-sector aggregate against the country estimate and the published figures that exist', () => {
    const validation = data('sector-validation.csv');
    expect(new Set(validation.filter((row) => row.reference === 'country-estimate').map((row) => row.area_code)).size).toBe(35);
    const philippines = validation.find((row) => row.area_code === 'PHL' && row.reference === 'phl-brief-exposed-share')!;
    expect(philippines).toMatchObject({ reference_percent: '27.2', reference_class: 'secondary' });
    expect(Number(philippines.error_pp)).toBeCloseTo(Number(philippines.sector_aggregate_percent) - 27.2, 2);
    expect(validation.filter((row) => row.reference === 'wp140-exposed-share-hic').map((row) => row.area_code)).toEqual(['EU27', 'USA']);
    for (const row of validation) expect(Math.abs(Number(row.error_pp)), `${row.area_code} ${row.reference}`).toBeLessThan(5);
  });

  it.runIf(existsSync(sharedDataDir()))('hand-computation fixtures are verbatim lines of the raw files', () => {
    const sources: Record<string, string> = {
      'eurostat-lfsa-eisn2-excerpt.csv': 'eurostat_lfsa_eisn2_nace_x_isco08major_2023_2024.csv',
      'ilostat-phl-excerpt.csv': 'ilostat_EMP_TEMP_ECO_OCU_NB_PHL_2023.csv',
      'bls-oews-naics-52-excerpt.csv': 'bls_oews_natsector_M2024_tidy.csv',
      'soc-2010-to-2018-excerpt.csv': 'soc_2010_to_2018_crosswalk.csv',
      'isco-soc-2010-excerpt.csv': 'isco_soc_crosswalk_ISCO-08_to_2010_SOC_sheet.csv',
    };
    expect(
      readdirSync(FIXTURES_DIR)
        .filter((file) => file.endsWith('.csv'))
        .sort(),
    ).toEqual(Object.keys(sources).sort());
    for (const [file, raw] of Object.entries(sources)) {
      const lines = new Set(readFileSync(join(sharedDataDir(), 'sectors', raw), 'utf8').split(/\r?\n/));
      for (const line of readFileSync(join(FIXTURES_DIR, file), 'utf8').split(/\r?\n/).filter(Boolean)) expect(lines, file).toContain(line);
    }
  });
});

let context: Awaited<ReturnType<typeof createTestApp>>;
let mcp: Client;
beforeAll(async () => {
  context = await createTestApp();
  mcp = new Client({ name: 'sector-test', version: '1.0.0' });
  await mcp.connect(
    new StreamableHTTPClientTransport(new URL('http://localhost/mcp'), {
      fetch: async (input, init) => context.app.request(String(input), init),
    }),
  );
});
afterAll(async () => {
  await mcp?.close();
  await context?.db.close();
});

type SectorTool = 'sectorExposure' | 'rankSectors' | 'rankSectorOccupations';

/** The registry's tool, called as the chat's tool loop calls it: input validated by its schema first. */
async function viaTool<Name extends SectorTool>(name: Name, input: Record<string, unknown>): Promise<ToolOutputs[Name]> {
  const definition = createToolDefinitions({ kb: context.kb })[name];
  const parsed = (definition.inputSchema as ZodType).parse(input) as never;
  return (await definition.execute!(parsed, { toolCallId: 'test', messages: [] })) as ToolOutputs[Name];
}

const viaMcp = async <Name extends SectorTool>(name: Name, input: Record<string, unknown>) =>
  (await mcp.callTool({ name, arguments: input })).structuredContent as ToolOutputs[Name];

/** A tool's data of the kind expected, or a failure showing what came instead. */
function ofKind<Data extends { kind: string }, Kind extends Data['kind']>(data: Data, kind: Kind): Extract<Data, { kind: Kind }> {
  if (data.kind !== kind) throw new Error(`expected ${kind}, got ${JSON.stringify(data).slice(0, 300)}`);
  return data as Extract<Data, { kind: Kind }>;
}

const CELLS: { name: string; rest: string; tool: Record<string, unknown>; hand: () => HandResult }[] = [
  {
    name: 'Germany, K (finance)',
    rest: '/api/sectors/K?area=DEU',
    tool: { sector: 'banking', area: 'Germany' },
    hand: () => handMajorGroupSector('DE', 'K'),
  },
  {
    name: 'Spain, G (trade)',
    rest: '/api/sectors/G?area=ESP',
    tool: { sector: '批發及零售業', area: '西班牙' },
    hand: () => handMajorGroupSector('ES', 'G'),
  },
  {
    name: 'Philippines, G (trade)',
    rest: '/api/sectors/G?area=PHL',
    tool: { sector: 'G', area: 'PHL' },
    hand: () => handMajorGroupSector('PHL', 'G'),
  },
  {
    name: 'United States, NAICS 52 (finance)',
    rest: '/api/sectors/K?area=USA',
    tool: { sector: 'finance and insurance', area: 'US' },
    hand: handUsFinance,
  },
];

describe('sector exposure: REST, MCP, the tool and a hand computation from the raw rows agree', () => {
  it.each(CELLS)('$name', async ({ rest, tool, hand }) => {
    const expected = hand();
    const { status, body } = await getJson(context.app, rest);
    expect(status).toBe(200);
    const fromTool = await viaTool('sectorExposure', tool);
    const fromMcp = await viaMcp('sectorExposure', tool);
    for (const result of [body, ofKind(fromTool.data, 'sector_exposure'), ofKind(fromMcp.data, 'sector_exposure')]) {
      expect(result).toMatchObject({ kind: 'sector_exposure', label: "This project's estimate, not an ILO figure" });
      for (const measure of MEASURES) {
        const value = result.measures.find((candidate: { measure: string }) => candidate.measure === measure);
        expect(Math.abs(value.sharePercent - expected[measure].sharePercent), measure).toBeLessThanOrEqual(0.006);
        expect(Math.abs(value.exposedThousands - expected[measure].exposedThousands), measure).toBeLessThanOrEqual(0.06);
      }
    }
    const { sources, ...restData } = body;
    expect({ ...fromTool.data, matched: undefined, alternatives: undefined }).toEqual({
      ...restData,
      matched: undefined,
      alternatives: undefined,
    });
    expect(fromMcp.data).toEqual(fromTool.data);
    expect(fromTool.sources.map((source) => source.id)).toEqual(sources.map((source: { id: string }) => source.id));
    expect(sources[0]).toMatchObject({ kind: 'sector', sourceClass: 'derived' });
  });

  it('explains the drivers: the occupation rows add up to the sector estimate', async () => {
    for (const [area, section] of [
      ['DEU', 'K'],
      ['USA', 'K'],
      ['EU27', 'O'],
    ] as const) {
      const { body } = await getJson(context.app, `/api/sectors/${section}/occupations?area=${area}&limit=50`);
      const { body: sector } = await getJson(context.app, `/api/sectors/${section}?area=${area}`);
      const exposed = sector.measures.find((measure: { measure: string }) => measure.measure === 'wp140_exposed').exposedThousands;
      const rows =
        area === 'USA'
          ? ofKind((await viaTool('rankSectorOccupations', { sector: section, area, limit: 50 })).data, 'sector_occupations')
          : body;
      expect(body.occupationsRanked).toBeGreaterThan(0);
      if (area !== 'USA')
        expect(body.items.reduce((sum: number, item: { exposedThousands: number }) => sum + item.exposedThousands, 0)).toBeCloseTo(
          exposed,
          0,
        );
      expect(sector.drivers.map((driver: { code: string }) => driver.code)).toEqual(
        rows.items.slice(0, 5).map((item: { code: string }) => item.code),
      );
      for (const driver of sector.drivers) expect(driver.topTasks.length).toBeGreaterThan(0);
    }
  });
});

describe('sector tools', () => {
  it('answer a country without sector data with no_sector_data naming the areas that have data (Taiwan)', async () => {
    for (const call of [
      viaTool('sectorExposure', { sector: '銀行業', area: '台灣', language: 'zh-TW' }),
      viaMcp('rankSectors', { area: 'Taiwan' }),
    ]) {
      const { data: result, sources } = await call;
      const data = ofKind(result, 'no_sector_data');
      expect(data.area.code).toBe('TWN');
      expect(data.areasWithData.map((area: { code: string }) => area.code)).toEqual(
        expect.arrayContaining(['DEU', 'PHL', 'USA', 'EU27', 'EUR']),
      );
      expect(sources).toEqual([]);
    }
    const { status, body } = await getJson(context.app, '/api/sectors/K?area=TWN');
    expect(status).toBe(404);
    expect(body.error.code).toBe('no_sector_data');
    expect(body.error.details.areasWithData).toHaveLength(37);
  });

  it('say when the area has no data for that sector, and when a sector or area is unknown', async () => {
    const uncovered = await viaTool('sectorExposure', { sector: 'T', area: 'USA' });
    expect(uncovered.data).toMatchObject({ kind: 'no_sector_data', sector: { section: 'T' } });
    expect(ofKind(uncovered.data, 'no_sector_data').sectorsWithData.map((sector: { section: string }) => sector.section)).toContain('K');
    expect((await viaTool('sectorExposure', { sector: 'knitting circles', area: 'DEU' })).data.kind).toBe('sector_not_found');
    expect((await viaTool('sectorExposure', { sector: 'K', area: 'Atlantis' })).data.kind).toBe('not_found');
    expect((await getJson(context.app, '/api/sectors/Z?area=DEU')).status).toBe(400);
    expect((await getJson(context.app, '/api/sectors/K?area=Atlantis')).body.error.code).toBe('not_found');
  });

  it('read everyday sector names in both languages, with the US NAICS sector where the name points at one', async () => {
    const retail = await viaTool('sectorExposure', { sector: 'retail', area: 'United States' });
    expect(ofKind(retail.data, 'sector_exposure').sector).toMatchObject({ section: 'G', naics: { code: '44-45', match: 'approximate' } });
    const wholeG = await viaTool('sectorExposure', { sector: 'G', area: 'USA' });
    expect(ofKind(wholeG.data, 'sector_exposure').components.map((component) => component.naics?.code)).toEqual(['42', '44-45']);
    for (const [alias, section] of [
      ['civil service', 'O'],
      ['hospitals', 'Q'],
      ['call centres', 'N'],
      ['公務員', 'O'],
      ['金融及保險業', 'K'],
      ['the banking sector', 'K'],
    ])
      expect(ofKind((await viaTool('sectorExposure', { sector: alias, area: 'FRA' })).data, 'sector_exposure').sector.section, alias).toBe(
        section,
      );
    const chinese = await viaTool('sectorExposure', { sector: '醫院', area: '德國', language: 'zh-TW' });
    expect(chinese.data).toMatchObject({
      label: '本專案的估計值，並非 ILO 發布的數據',
      sector: { title: '醫療保健及社會工作服務業' },
      area: { name: '德國' },
    });
  });

  it('rank the sectors of a country or region, NAICS sectors in the US, by share or by workers', async () => {
    const europe = ofKind((await viaTool('rankSectors', { area: 'Europe', limit: 21 })).data, 'sector_ranking');
    expect(europe).toMatchObject({ level: 'section', area: { code: 'EUR', kind: 'region' } });
    expect(europe.items[0]?.section).toBe('K');
    const shares = europe.items.map((item) => item.sharePercent);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    const extraterritorial = europe.items.find((item) => item.section === 'U');
    expect(extraterritorial?.coverage.lowReliability).toBe(true);
    const us = ofKind(
      (await viaMcp('rankSectors', { area: 'USA', measure: 'wp140_gradient_4', by: 'workers', limit: 20 })).data,
      'sector_ranking',
    );
    expect(us.level).toBe('naics');
    expect(us.items).toHaveLength(20);
    const workers = us.items.map((item) => item.exposedThousands);
    expect(workers).toEqual([...workers].sort((a, b) => b - a));
    const rest = await getJson(context.app, '/api/sectors/ranking?area=USA&measure=wp140_gradient_4&by=workers&limit=20');
    expect(rest.body.items).toEqual(us.items);
  });

  it('rank the occupations of a US sector with their ISCO-08 matches and tasks', async () => {
    const data = ofKind((await viaTool('rankSectorOccupations', { sector: 'K', area: 'USA', limit: 5 })).data, 'sector_occupations');
    expect(data).toMatchObject({ level: 'occupation' });
    expect(data.occupationsRanked).toBeGreaterThan(200);
    for (const item of data.items) {
      expect(item.code).toMatch(/^\d{2}-\d{4}$/);
      expect(item.iscoMatches!.reduce((sum: number, match: { weightPercent: number }) => sum + match.weightPercent, 0)).toBeCloseTo(100, 0);
      expect(item.topTasks[0]!.score2025).toBeGreaterThan(0);
    }
  });

  it('serve the sector list, the heat-map matrix and the validation', async () => {
    const list = await getJson(context.app, '/api/sectors?lang=zh-TW');
    expect(list.body.items).toHaveLength(21);
    expect(list.body.items.find((item: { section: string }) => item.section === 'K').title).toBe('金融及保險業');
    const matrix = await getJson(context.app, '/api/sectors/matrix?region=EU27');
    expect(matrix.body.rows).toHaveLength(28);
    expect(matrix.body.rows.at(-1).code).toBe('EU27');
    expect(matrix.body.rows.find((row: { code: string }) => row.code === 'DEU').cells.K).toBe(
      Number(figure('DEU', 'K', 'wp140_exposed').share_percent),
    );
    const validation = await getJson(context.app, '/api/sectors/validation');
    expect(validation.body.rows.find((row: { reference: string }) => row.reference === 'phl-brief-gradient4-share')).toMatchObject({
      referencePercent: 3.6,
      referenceClass: 'secondary',
    });
    expect(validation.body.sources.map((source: { id: string }) => source.id)).toContain('figure:phl-brief-exposed-share');
  });
});
