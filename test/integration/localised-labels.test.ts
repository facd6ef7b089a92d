/**
 * Chinese pages get Chinese labels from the server, one source for the chat, the explorer and MCP: region
 * names, estimate measures and method, published figures, and the notes on countries, occupations and
 * estimates (knowledge/data/data-labels.csv and the zh-TW columns of the figures and methods). Source rows
 * that look wrong are said, and small economies are marked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTools } from '../../server/tools/registry.ts';
import { createTestApp, getJson } from '../support/test-app.ts';

let context: Awaited<ReturnType<typeof createTestApp>>;
let tools: ReturnType<typeof createTools>;
beforeAll(async () => {
  context = await createTestApp();
  tools = createTools({ kb: context.kb });
});
afterAll(() => context.db.close());

const HAN = /\p{Script=Han}/u;
/** English words of three or more letters, besides the study and code names a Chinese text keeps. */
const englishWords = (text: string) =>
  (text.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => !/^(ISCO|ILO|WP\d*|ESCO|GenAI|FY\d*|api|estimates|validation)$/i.test(word));

describe('labels in Traditional Chinese', () => {
  it('gives a country its region, estimate, method, figures and notes in Chinese', async () => {
    const { body } = await getJson(context.app, '/api/countries/TWN?lang=zh-TW');
    expect(body.region).toBe('East Asia & Pacific');
    expect(body.regionName).toBe('東亞及太平洋');
    const texts: string[] = [
      body.estimate.description,
      body.estimate.validation.note,
      ...body.estimate.measures.map((measure: { label: string }) => measure.label),
      ...body.incomeGroupFigures.flatMap((figure: { label: string; note: string | null }) => [figure.label, figure.note ?? '測']),
      ...body.notes,
      ...body.warnings,
    ];
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) {
      expect(text, text).toMatch(HAN);
      expect(englishWords(text), text).toEqual([]);
    }
  });

  it('gives a sector estimate its caveats in Chinese, the same words in REST and in the tool the chat calls', async () => {
    const { body } = await getJson(context.app, '/api/sectors/K?area=DEU&lang=zh-TW');
    const texts: string[] = body.caveats.map((caveat: { text: string }) => caveat.text);
    expect(body.caveats.map((caveat: { code: string }) => caveat.code)).toEqual(
      expect.arrayContaining(['estimate', 'within_group_lost', 'suppressed_cells', 'not_job_loss']),
    );
    for (const text of texts) {
      expect(text, text).toMatch(HAN);
      expect(englishWords(text), text).toEqual([]);
    }
    const fromTool = await tools.sectorExposure.execute!(
      { sector: 'K', area: 'DEU', language: 'zh-TW' },
      { toolCallId: 't', messages: [] },
    );
    expect((fromTool as { data: { caveats: { text: string }[] } }).data.caveats.map((caveat) => caveat.text)).toEqual(texts);
    const english = (await getJson(context.app, '/api/sectors/K?area=DEU')).body;
    expect(english.caveats[0].text).toBe("This project's estimate: no ILO publication reports GenAI exposure by sector.");
  });

  it('gives an approximate US sector mapping its note in Chinese', async () => {
    const { body } = await getJson(context.app, '/api/sectors/G?area=USA&lang=zh-TW');
    const mapping: string[] = body.caveats
      .filter((caveat: { code: string }) => caveat.code === 'approximate_mapping')
      .map((caveat: { text: string }) => caveat.text);
    expect(mapping).toEqual(expect.arrayContaining([expect.stringContaining('與 42 合起來構成 G 門')]));
    // Codes and the names of classifications stay as they are written.
    for (const text of mapping)
      expect(
        englishWords(text).filter((word) => !/^(NAICS|ISIC|OEWS)$/.test(word)),
        text,
      ).toEqual([]);
  });

  it('keeps English for English', async () => {
    const { body } = await getJson(context.app, '/api/countries/TWN');
    expect(body.regionName).toBe('East Asia & Pacific');
    expect(body.estimate.measures[0].label).toBe('Employment in exposed occupations (WP140 gradients 1-4)');
    expect(body.incomeGroupFigures.find((figure: { id: string }) => figure.id === 'wp140-exposed-share-hic')).toMatchObject({
      label: 'Employment in occupations exposed to GenAI (gradients 1-4)',
      note: 'Seen only in press reproductions.',
      valueText: '34',
    });
    expect(body.notes).toEqual(['Employment of men is computed by this project as total minus women.']);
  });

  it('names every region and figure in Chinese in the lists', async () => {
    const countries = (await getJson(context.app, '/api/countries?lang=zh-TW')).body;
    for (const country of countries.items) if (country.region) expect(country.regionName, country.iso3).toMatch(HAN);
    const figures = (await getJson(context.app, '/api/figures?lang=zh-TW')).body;
    expect(figures.items.length).toBe(79);
    for (const figure of figures.items) {
      expect(figure.label, figure.id).toMatch(HAN);
      if (figure.note) expect(figure.note, figure.id).toMatch(HAN);
    }
  });

  it('explains an unscored occupation and a group distribution in Chinese', async () => {
    const unscored = (await getJson(context.app, '/api/occupations/0110?lang=zh-TW')).body;
    expect(unscored.note).toMatch(/^ILO 未發布此細類的任務分數/);
    const group = (await getJson(context.app, '/api/occupations/41?lang=zh-TW')).body;
    expect(group.note).toMatch(HAN);
  });

  it('gives the chat tools the same Chinese labels', async () => {
    const { body } = await getJson(context.app, '/api/countries/BRA?lang=zh-TW');
    const tool = await tools.groupExposure.execute!(
      { population: 'HIC', sex: 'any', study: 'any', language: 'zh-TW' },
      { toolCallId: 't', messages: [] },
    );
    if (Symbol.asyncIterator in tool) throw new Error('groupExposure returns one result, not a stream');
    expect(tool.data.figures.every((figure) => HAN.test(figure.label))).toBe(true);
    expect(body.regionName).toBe('拉丁美洲及加勒比海');
  });
});

describe('source rows to read with care', () => {
  it("says so when a major group's employment is implausibly small", async () => {
    const { body } = await getJson(context.app, '/api/countries/TWN');
    // Taiwan's craft and related trades workers: 3 thousand of 11,701 thousand in the ILO modelled estimates.
    expect(body.warnings).toEqual([
      expect.stringMatching(
        /^Craft and Related Trades Workers: 0\.02% of employment \(3 thousand\) in the ILO modelled estimates, implausibly low/,
      ),
    ]);
    expect((await getJson(context.app, '/api/countries/BRA')).body.warnings).toEqual([]);
  });

  it('marks small economies, and leaves them out of a ranking on request', async () => {
    const macao = (await getJson(context.app, '/api/countries/MAC')).body;
    expect(macao.smallArea).toBe(true);
    expect(macao.notes.at(-1)).toMatch(/^Fewer than 500 thousand people employed/);
    expect((await getJson(context.app, '/api/countries/DEU')).body.smallArea).toBe(false);
    const rank = tools.rankCountries.execute!;
    const run = async (excludeSmall: boolean) =>
      (
        (await rank(
          { measure: 'wp140_exposed', sex: 'total', order: 'desc', limit: 10, excludeSmall },
          { toolCallId: 't', messages: [] },
        )) as { data: { items: { iso3: string; smallArea: boolean; withinErrorOfNeighbour: boolean }[] } }
      ).data.items;
    const all = await run(false);
    expect(all[0]).toMatchObject({ iso3: 'MAC', smallArea: true });
    // Neighbours closer than the average error (1.9 points) cannot be told apart: Macao 45.4, Japan 41.31, Puerto Rico
    // 39.23 and Djibouti 38.12 (1.11 apart).
    const flags = (all as { iso3: string; withinErrorOfNeighbour: boolean }[])
      .slice(0, 4)
      .map((item) => [item.iso3, item.withinErrorOfNeighbour]);
    expect(flags).toEqual([
      ['MAC', false],
      ['JPN', false],
      ['PRI', true],
      ['DJI', true],
    ]);
    const large = await run(true);
    expect(large.map((item) => item.iso3)).not.toContain('MAC');
    expect(large.every((item) => !item.smallArea)).toBe(true);
  });

  it('points the country page at the figure to read its estimate against', async () => {
    const twn = (await getJson(context.app, '/api/countries/TWN')).body;
    expect(twn.readAgainst).toEqual({ figureId: 'wp140-exposed-share-hic', incomeGroupEstimatePercent: expect.any(Number) });
    // No published share for upper-middle-income countries: this project's estimate for the group instead.
    const bra = (await getJson(context.app, '/api/countries/BRA')).body;
    expect(bra.readAgainst.figureId).toBeNull();
    expect(bra.readAgainst.incomeGroupEstimatePercent).toBeGreaterThan(0);
  });
});
