import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, getJson } from '../support/test-app.ts';

let context: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  context = await createTestApp();
});
afterAll(() => context.db.close());
const get = (path: string, init?: RequestInit) => getJson(context.app, path, init);

describe('GET /api/health', () => {
  it('reports the database, model and dataset counts', async () => {
    const { status, body } = await get('/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: 'ok',
      db: context.db.kind,
      model: 'local',
      dataset: { occupations: 436, scoredOccupations: 427, tasks: 3266, countries: 189 },
    });
    expect(body.dataset.version).toMatch(/^\d+\.[0-9a-f]{12}$/);
  });
});

// DATA_DIR holds the embedded database; with an external PostgreSQL (TEST_DATABASE_URL) it stores nothing to check.
describe.skipIf(process.env.TEST_DATABASE_URL)('GET /api/health on a DATA_DIR in trouble', () => {
  it('reports a DATA_DIR that cannot be written as degraded, naming it', async () => {
    const blocked = join(mkdtempSync(join(tmpdir(), 'gja-blocked-')), 'a-file');
    writeFileSync(blocked, '');
    const { app } = await createTestApp(context.db, { DATA_DIR: join(blocked, 'data') });
    const { body } = await getJson(app, '/api/health');
    expect(body.status).toBe('degraded');
    expect(body.storage).toMatchObject({
      writable: false,
      problem: expect.stringContaining(`DATA_DIR ${join(blocked, 'data')} is not writable`),
    });
  });

  it('reports a DATA_DIR on a full filesystem as degraded, with its free space', async () => {
    // sysfs reports no free space at all: as full as a filesystem gets.
    const { app } = await createTestApp(context.db, { DATA_DIR: '/sys/fs' });
    const { body } = await getJson(app, '/api/health');
    expect(body.status).toBe('degraded');
    expect(body.storage.freeBytes === 0 || body.storage.writable === false).toBe(true);
    expect(body.storage.problem).toContain('DATA_DIR /sys/fs');
  });
});

describe('GET /api/occupations/:code', () => {
  it('returns a unit group with both studies, tasks, hierarchy and sources', async () => {
    const { status, body } = await get('/api/occupations/4132');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      code: '4132',
      title: 'Data Entry Clerks',
      level: 4,
      scored: true,
      wp96: { mean: 0.7, sd: 0.1, category: 'automation' },
      wp140: { mean: 0.7, sd: 0.03, exposure: 'gradient_4' },
    });
    expect(body.hierarchy.map((group: { code: string }) => group.code)).toEqual(['4', '41', '413']);
    expect(body.tasks).toHaveLength(body.nTasks);
    expect(body.tasks[0]).toEqual(
      expect.objectContaining({ id: '4132-1', text: expect.any(String), score2023: expect.any(Number), score2025: expect.any(Number) }),
    );
    expect(body.sources.map((source: { id: string }) => source.id)).toEqual(['occupation:4132', 'ilo-wp96-2023', 'ilo-wp140-2025']);
    expect(body.sources[0].locator).toContain('ISCO-08 4132');
  });

  it('serves Traditional Chinese titles and labels with ?lang=zh-TW', async () => {
    const { body } = await get('/api/occupations/4132?lang=zh-TW');
    expect(body.title).toBe(body.titleZhTw);
    expect(body.title).toMatch(/\p{Script=Han}/u);
    expect(body.titleEn).toBe('Data Entry Clerks');
    expect(body.wp140.label).toBe('第4梯度');
    expect(body.wp96.label).toBe('自動化潛力');
    expect(body.hierarchy[0].title).toBe('事務支援人員');
  });

  it('marks the unscored unit groups and explains why', async () => {
    const { status, body } = await get('/api/occupations/3435');
    expect(status).toBe(200);
    expect(body).toMatchObject({ scored: false, wp96: null, wp140: null, tasks: [] });
    expect(body.note).toMatch(/no task scores/);
  });

  it('summarises a 1-3 digit group with the distribution of its unit groups', async () => {
    const { status, body } = await get('/api/occupations/4');
    expect(status).toBe(200);
    expect(body).toMatchObject({ code: '4', level: 1, unitGroups: 29, scoredUnitGroups: 29 });
    expect(body.distribution.wp96).toEqual({ automation: 14, augmentation: 1, big_unknown: 14, not_affected: 0 });
    expect(Object.values(body.distribution.wp140 as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(29);
    expect(body.children.map((child: { code: string }) => child.code)).toEqual(['41', '42', '43', '44']);
  });

  it.each([
    ['/api/occupations/41321', 'must be an ISCO-08 code of 1 to 4 digits'],
    ['/api/occupations/abcd', 'must be an ISCO-08 code of 1 to 4 digits'],
    ['/api/occupations/4132?lang=fr', 'lang'],
  ])('answers %s with a 400 saying what is wrong', async (path, message) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toContain(message);
  });

  it('answers an unknown code with a 404 and the closest matches', async () => {
    const { status, body } = await get('/api/occupations/4139');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
    expect(body.error.details.closest).toContain('4132');
    expect(body.error.message).toMatch(/Closest: 413\d/);
  });
});

describe('GET /api/occupations', () => {
  it('filters by major group and gradient and sorts by the 2025 mean', async () => {
    const { status, body } = await get('/api/occupations?major=4&exposure=gradient_4&sort=wp140_mean&order=desc');
    expect(status).toBe(200);
    expect(body.total).toBe(8);
    expect(body.items[0]).toMatchObject({ code: '4132', wp140: { mean: 0.7 } });
    const means = body.items.map((item: { wp140: { mean: number } }) => item.wp140.mean);
    expect(means).toEqual([...means].sort((a, b) => b - a));
  });

  it('paginates with a stable total', async () => {
    const first = await get('/api/occupations?limit=10&offset=0');
    const second = await get('/api/occupations?limit=10&offset=10');
    expect(first.body.total).toBe(436);
    expect(first.body.items).toHaveLength(10);
    expect(second.body.items[0].code).not.toBe(first.body.items[0].code);
  });

  it('searches by everyday job name as the chat resolves it, best match first, and puts unscored groups last by score', async () => {
    const nurse = await get('/api/occupations?q=nurse&limit=3');
    // Nursing jobs, not "Nursery Growers" (6113), whose title only contains the letters.
    expect(nurse.body.items.map((item: { code: string; matchedLabel: string }) => [item.code, item.matchedLabel])).toEqual([
      ['2221', 'nurse'],
      ['3221', 'nurse'],
      ['3240', 'vet nurse'],
    ]);
    expect(nurse.body.total).toBe(15);
    expect((await get('/api/occupations?q=nurse&limit=500')).body.items.some((item: { code: string }) => item.code === '6113')).toBe(false);
    // The same words in Chinese, and a code prefix, which matches by code.
    expect((await get(`/api/occupations?q=${encodeURIComponent('護理師')}&limit=1`)).body.items[0].code).toBe('2221');
    expect((await get('/api/occupations?q=413')).body.items.map((item: { code: string }) => item.code)).toEqual(['4131', '4132']);
    // Filters still apply to the matches; a chosen sort replaces the relevance order.
    const { body } = await get('/api/occupations?q=clerks&category=automation&sort=code');
    expect(body.items.map((item: { code: string }) => item.code)).toEqual(
      [...body.items.map((item: { code: string }) => item.code)].sort(),
    );
    expect(body.items.every((item: { wp96: { category: string } }) => item.wp96.category === 'automation')).toBe(true);
    const sorted = await get('/api/occupations?sort=wp96_mean&order=desc&limit=500');
    expect(sorted.body.items.slice(-9).every((item: { scored: boolean }) => !item.scored)).toBe(true);
  });

  it.each(['limit=0', 'limit=501', 'offset=-1', 'major=12', 'exposure=high', 'sort=salary', 'order=up'])(
    'rejects %s with 400',
    async (query) => {
      const { status, body } = await get(`/api/occupations?${query}`);
      expect(status).toBe(400);
      expect(body.error.message).toMatch(/^Invalid parameter "\w+"/);
    },
  );
});

describe('GET /api/tasks/search', () => {
  it('finds the occupations whose tasks match a kind of work, with the tasks, scores and sources', async () => {
    const { status, body } = await get('/api/tasks/search?q=writing%20reports&limit=3');
    expect(status).toBe(200);
    expect(body.items.map((item: { code: string }) => item.code)).toEqual(['2240', '2114', '2111']);
    expect(body.items[2].tasks[0]).toMatchObject({
      id: '2111-11',
      text: 'Preparing scientific papers and reports.',
      score2025: 0.51,
      score2023: 0.6,
    });
    expect(body.items[0].wp140).toMatchObject({ exposure: 'not_exposed', mean: 0.23 });
    expect(body.sources.map((source: { id: string }) => source.id)).toEqual(['occupation:2240', 'occupation:2114', 'occupation:2111']);
  });

  it('keeps to an ISCO group and gives titles in Chinese', async () => {
    const { body } = await get(`/api/tasks/search?q=${encodeURIComponent('answering customer questions')}&group=42&limit=5&lang=zh-TW`);
    expect(body.group).toEqual({ code: '42', title: expect.any(String) });
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((item: { code: string }) => item.code.startsWith('42'))).toBe(true);
    expect(body.items[0].title).not.toBe(body.items[0].titleEn);
  });

  it.each(['q=a', 'q=reports&group=12345', 'q=reports&limit=0', 'q=reports&limit=21'])('rejects %s with 400', async (query) => {
    const { status, body } = await get(`/api/tasks/search?${query}`);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/^Invalid parameter "\w+"/);
  });
});

describe('GET /api/occupations/resolve', () => {
  it('returns ranked candidates with the matched label', async () => {
    const { status, body } = await get('/api/occupations/resolve?q=bank%20teller');
    expect(status).toBe(200);
    expect(body.candidates[0]).toMatchObject({ code: '4211', matchedLabel: 'bank teller' });
    expect(body.sources.length).toBeGreaterThan(0);
  });

  it('rejects an empty query', async () => {
    const { status, body } = await get('/api/occupations/resolve?q=%20');
    expect(status).toBe(400);
    expect(body.error.message).toContain('must not be empty');
  });
});

describe('countries', () => {
  it('lists the 189 areas with income groups, Taiwan as Taiwan', async () => {
    const { body } = await get('/api/countries');
    expect(body.total).toBe(189);
    expect(body.items.filter((item: { has2024Employment: boolean }) => item.has2024Employment)).toHaveLength(184);
    expect(body.items.find((item: { iso3: string }) => item.iso3 === 'TWN')).toMatchObject({
      name: 'Taiwan',
      nameZhTw: '台灣',
      incomeGroup: 'HIC',
    });
    const high = await get('/api/countries?incomeGroup=HIC');
    expect(high.body.items.every((item: { incomeGroup: string }) => item.incomeGroup === 'HIC')).toBe(true);
  });

  it("returns a country's employment structure by sex, with shares summing to 100", async () => {
    const { status, body } = await get('/api/countries/bra');
    expect(status).toBe(200);
    expect(body).toMatchObject({ iso3: 'BRA', name: 'Brazil', incomeGroup: { code: 'UMC' } });
    expect(body.employment.map((block: { sex: string }) => block.sex)).toEqual(['total', 'women', 'men']);
    const total = body.employment[0];
    expect(total.groups.map((group: { majorGroup: string }) => group.majorGroup)).toEqual(['1', '2', '3', '4', '5', '7', '8', '96']);
    expect(total.groups.reduce((sum: number, group: { sharePercent: number }) => sum + group.sharePercent, 0)).toBeCloseTo(100, 0);
    expect(body.employment[2].derived).toBe(true);
    expect(body.sources[0]).toMatchObject({ id: 'country:BRA', kind: 'country' });
  });

  it('explains areas without 2024 data and rejects bad codes', async () => {
    const sudan = await get('/api/countries/SDN');
    expect(sudan.body).toMatchObject({ has2024Employment: false, employment: null });
    expect(sudan.body.notes[0]).toMatch(/no 2024 employment/);
    expect((await get('/api/countries/XXX')).status).toBe(404);
    expect((await get('/api/countries/BRAZIL')).status).toBe(400);
  });

  it('names in Traditional Chinese with ?lang=zh-TW', async () => {
    const { body } = await get('/api/countries/TWN?lang=zh-TW');
    expect(body.name).toBe('台灣');
    expect(body.incomeGroup.name).toBe('高所得國家');
  });
});

describe('figures, findings and sources', () => {
  it('returns published figures with their source class', async () => {
    const { body } = await get('/api/figures?study=wp96&population=HIC');
    const automation = body.items.find((item: { id: string }) => item.id === 'wp96-automation-share-hic');
    expect(automation).toMatchObject({
      value: 5.5,
      valueText: '5.5',
      unit: 'percent',
      sourceId: 'gnpje-2025-gmyrek',
      sourceClass: 'primary',
    });
    expect(body.sources.length).toBe(body.items.length);
    expect((await get('/api/figures?sex=everyone')).status).toBe(400);
  });

  it('searches findings in the language of the question', async () => {
    const english = await get('/api/findings/search?q=what%20did%20the%20ILO%20recommend%20for%20women');
    expect(english.status).toBe(200);
    expect(english.body.language).toBe('en');
    expect(english.body.items.slice(0, 3).map((item: { id: string }) => item.id)).toContain('policy-support-for-women');
    const chinese = await get(`/api/findings/search?q=${encodeURIComponent('社會對話的重要性')}`);
    expect(chinese.body.language).toBe('zh-TW');
    expect(chinese.body.items[0].language).toBe('zh-TW');
    expect(chinese.body.items[0].id).toMatch(/social-dialogue/);
    expect(chinese.body.sources[0].id).toBe(`finding:${chinese.body.items[0].id}`);
  });

  it('survives hostile search strings', async () => {
    for (const q of ["' OR 1=1; DROP TABLE findings; --", '&|!():*<->', 'a'.repeat(500), '🤖🤖', '\u0000']) {
      const { status } = await get(`/api/findings/search?q=${encodeURIComponent(q)}`);
      expect(status).toBeLessThan(500);
    }
    expect((await get(`/api/findings/search?q=${'a'.repeat(501)}`)).status).toBe(400);
  });

  it('lists the bibliography with DOIs, licences and the attribution text', async () => {
    const { body } = await get('/api/sources');
    expect(body.items.find((item: { id: string }) => item.id === 'ilo-wp96-2023')).toMatchObject({
      doi: '10.54394/FHEM8239',
      licence: 'CC BY 4.0',
    });
    expect(body.items.find((item: { id: string }) => item.id === 'ilo-wp140-2025')).toMatchObject({ doi: '10.54394/HETP0387' });
    expect(body.attribution.en).toContain('CC BY 4.0');
    expect(body.disclaimer['zh-TW']).toContain('ILO');
  });
});

describe('errors and docs', () => {
  it('answers unknown routes and oversized bodies with JSON errors', async () => {
    const missing = await get('/api/nothing');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const big = await get('/api/occupations', {
      method: 'POST',
      body: 'x'.repeat(1_100_000),
      headers: { 'content-type': 'application/json', 'content-length': '1100000' },
    });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('payload_too_large');
  });

  it('publishes an OpenAPI document covering every route, and a docs page', async () => {
    const { body } = await get('/api/openapi.json');
    expect(Object.keys(body.paths).sort()).toEqual(
      [
        '/api/ask',
        '/api/chat',
        '/api/conversations',
        '/api/conversations/{id}',
        '/api/countries',
        '/api/countries/{iso3}',
        '/api/estimates/validation',
        '/api/figures',
        '/api/findings/search',
        '/api/glossary',
        '/api/health',
        '/api/limits',
        '/api/occupations',
        '/api/occupations/resolve',
        '/api/occupations/{code}',
        '/api/sectors',
        '/api/sectors/matrix',
        '/api/sectors/ranking',
        '/api/sectors/validation',
        '/api/sectors/{section}',
        '/api/sectors/{section}/occupations',
        '/api/sources',
        '/api/tasks/search',
      ].sort(),
    );
    const page = await context.app.request('/api/docs');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/api/docs/assets/swagger-ui-bundle.js');
    const asset = await context.app.request('/api/docs/assets/swagger-ui-bundle.js');
    expect(asset.status).toBe(200);
    expect((await context.app.request('/api/docs/assets/..%2F..%2Fpackage.json')).status).toBe(404);
  });
});
