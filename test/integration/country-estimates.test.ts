import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEstimates, type ESTIMATE_FILES } from '../../knowledge/build/build-estimates.ts';
import { KNOWLEDGE_DIR } from '../../server/paths.ts';
import { createTestApp, getJson } from '../support/test-app.ts';

const dataDir = join(KNOWLEDGE_DIR, 'data');
const committed = (file: keyof typeof ESTIMATE_FILES) =>
  parse(readFileSync(join(dataDir, file), 'utf8'), { columns: true }) as Record<string, string>[];

describe("this project's country estimates", () => {
  const rebuilt = buildEstimates(dataDir);

  it('reproduces the committed validation table and estimates from the data', () => {
    expect(rebuilt.validation).toEqual(committed('estimate-validation.csv'));
    expect(rebuilt.methods).toEqual(committed('estimate-methods.csv'));
    expect(rebuilt.estimates).toEqual(committed('country-estimates.csv'));
  });

  it('validates against every comparable ILO figure and keeps the method that is closer', () => {
    const figures = new Set(rebuilt.validation.map((row) => row.figure_id));
    expect(figures.size).toBe(14);
    const [plain, weighted] = ['unweighted', 'esco_weighted'].map((method) => rebuilt.methods.find((row) => row.method === method)!);
    const better = Number(weighted!.mean_absolute_error_pp) < Number(plain!.mean_absolute_error_pp) ? weighted : plain;
    expect(better!.selected).toBe('true');
    expect(rebuilt.methods.filter((row) => row.selected === 'true')).toHaveLength(1);
  });

  it('covers 184 countries, 4 income groups and the world, by sex, for 4 measures and 2 methods', () => {
    const areas = new Set(rebuilt.estimates.map((row) => row.area_code));
    expect(areas.size).toBe(189);
    expect(rebuilt.estimates).toHaveLength(189 * 3 * 4 * 2);
    for (const row of rebuilt.estimates) {
      expect(Number(row.share_percent)).toBeGreaterThanOrEqual(0);
      expect(Number(row.share_percent)).toBeLessThanOrEqual(100);
    }
  });

  it('puts more of high-income employment than low-income employment in exposed occupations', () => {
    const value = (area: string) =>
      Number(
        rebuilt.estimates.find(
          (row) => row.area_code === area && row.sex === 'T' && row.measure === 'wp140_exposed' && row.method === 'esco_weighted',
        )!.share_percent,
      );
    expect(value('HIC')).toBeGreaterThan(value('LIC'));
    expect(value('DEU')).toBeGreaterThan(value('KEN'));
  });
});

describe('estimates in the API', () => {
  let context: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    context = await createTestApp();
  });
  afterAll(() => context.db.close());

  it("labels a country estimate as this project's, with method, validation error and the income group figures", async () => {
    const { body } = await getJson(context.app, '/api/countries/DEU');
    expect(body.estimate).toMatchObject({ kind: 'estimate', label: "This project's estimate, not an ILO figure", method: 'esco_weighted' });
    // The values of knowledge/data/estimate-methods.csv and country-estimates.csv (esco_weighted, DEU).
    expect(body.estimate.validation).toMatchObject({ meanAbsoluteErrorPp: 1.9, maxAbsoluteErrorPp: 5.44, figures: 14 });
    const exposed = body.estimate.measures.find((measure: { measure: string }) => measure.measure === 'wp140_exposed');
    expect(exposed).toMatchObject({
      total: { sharePercent: 35.74, exposedThousands: 15308.9 },
      women: { sharePercent: 43.22, exposedThousands: 8633.2 },
      men: { sharePercent: 29.2, exposedThousands: 6675.7 },
    });
    expect(body.incomeGroupFigures.map((figure: { id: string }) => figure.id)).toContain('wp140-exposed-share-hic');
    const estimateSource = body.sources.find((source: { id: string }) => source.id === 'estimate:DEU');
    expect(estimateSource).toMatchObject({ sourceClass: 'derived' });
    expect(estimateSource.locator).toContain('validation error');
    const chinese = await getJson(context.app, '/api/countries/TWN?lang=zh-TW');
    expect(chinese.body.estimate.label).toBe('本專案的估計值，並非 ILO 發布的數據');
  });

  it('has no estimate where there is no employment data', async () => {
    expect((await getJson(context.app, '/api/countries/UKR')).body.estimate).toBeNull();
  });

  it('publishes the validation table', async () => {
    const { status, body } = await getJson(context.app, '/api/estimates/validation');
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(28);
    const row = body.rows.find(
      (candidate: { figureId: string; method: string }) =>
        candidate.figureId === 'wp140-exposed-share-hic' && candidate.method === body.selected,
    );
    expect(row.publishedPercent).toBe(34);
    expect(row.errorPp).toBeCloseTo(row.estimatePercent - 34, 1);
    expect(body.sources.length).toBe(14);
  });

  it('serves the glossary in both languages', async () => {
    const { body } = await getJson(context.app, '/api/glossary');
    expect(body.exposureLabels).toHaveLength(10);
    expect(body.terms.length).toBeGreaterThan(40);
    expect(body.terms.find((term: { termEn: string }) => term.termEn === 'generative AI').termZhTw).toBe('生成式AI');
  });
});
