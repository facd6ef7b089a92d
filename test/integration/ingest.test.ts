/**
 * The ingest on the embedded database. The expensive steps (a full re-ingest, one that fails part-way) run once each
 * in a beforeAll and several tests read their outcome; refusals that happen before any load cost little.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../server/data/knowledge-base.ts';
import type { Db } from '../../server/db/db.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openPgliteDb } from '../../server/db/pglite-db.ts';
import { openLiveDataset } from '../../server/ingest/datasets.ts';
import { ingest } from '../../server/ingest/ingest.ts';
import { KNOWLEDGE_DIR } from '../../server/paths.ts';
import { changedKnowledge, copyKnowledge, editKnowledgeFile, sealKnowledge } from '../support/knowledge-copy.ts';
import { liveView, openIngestedPglite } from '../support/test-app.ts';

const embedderConfig = { embedder: 'local' } as const;
const count = async (db: Db, table: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
const figureLabel = async (db: Db) =>
  (await db.query<{ label_en: string }>("SELECT label_en FROM published_figures WHERE id = 'wp96-automation-share-hic'"))[0]!.label_en;
const ORIGINAL_LABEL = /Employment in occupations with automation potential/;
const CHANGED_LABEL = /Employment in jobs with automation potential/;

describe('the ingested dataset', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openIngestedPglite();
  });
  afterAll(() => db.close());

  it('loads every table with the expected counts', async () => {
    expect(await count(db, 'occupations')).toBe(436);
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM occupations WHERE scored'))[0]!.n).toBe(427);
    expect(await count(db, 'tasks')).toBe(3266);
    expect(await count(db, 'isco_groups')).toBe(619);
    const levels = await db.query<{ level: number; n: number }>(
      'SELECT level, count(*)::int AS n FROM isco_groups GROUP BY level ORDER BY level',
    );
    expect(levels.map((row) => row.n)).toEqual([10, 43, 130, 436]);
    // 184 areas x 3 sexes (women, men, total) x 9 categories, plus world and 4 income groups x 3 sexes x 9.
    const areas = await db.query<{ area_kind: string; areas: number; rows: number }>(
      'SELECT area_kind, count(DISTINCT area_code)::int AS areas, count(*)::int AS rows FROM employment GROUP BY area_kind ORDER BY ' +
        'area_kind',
    );
    expect(areas).toEqual([
      { area_kind: 'country', areas: 184, rows: 184 * 3 * 9 },
      { area_kind: 'income_group', areas: 4, rows: 4 * 3 * 9 },
      { area_kind: 'world', areas: 1, rows: 27 },
    ]);
    expect(await count(db, 'findings')).toBeGreaterThanOrEqual(160);
    expect(
      (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM occupation_labels WHERE kind LIKE $1', ['esco%']))[0]!.n,
    ).toBeGreaterThan(30_000);
    const unscored = await db.query<{ code: string }>('SELECT code FROM occupations WHERE NOT scored ORDER BY code');
    expect(unscored.map((row) => row.code)).toEqual(['0110', '0210', '0310', '1439', '3139', '3435', '5249', '7319', '8189']);
  });

  it('keeps published values exactly, in a dataset schema of its own and nothing in public', async () => {
    const [clerks] = await db.query<Record<string, unknown>>(
      "SELECT wp96_mean, wp96_sd, wp96_category, wp140_mean, wp140_sd, wp140_exposure FROM occupations WHERE code = '4132'",
    );
    expect(clerks).toEqual({
      wp96_mean: 0.7,
      wp96_sd: 0.1,
      wp96_category: 'automation',
      wp140_mean: 0.7,
      wp140_sd: 0.03,
      wp140_exposure: 'gradient_4',
    });
    const [male] = await db.query<{ thousands: number; male_derived: boolean }>(
      "SELECT thousands, male_derived FROM employment WHERE area_code = 'BRA' AND sex = 'M' AND major_group = 'total'",
    );
    const [female] = await db.query<{ thousands: number }>(
      "SELECT thousands FROM employment WHERE area_code = 'BRA' AND sex = 'F' AND major_group = 'total'",
    );
    const [total] = await db.query<{ thousands: number }>(
      "SELECT thousands FROM employment WHERE area_code = 'BRA' AND sex = 'T' AND major_group = 'total'",
    );
    expect(male!.male_derived).toBe(true);
    expect(male!.thousands).toBeCloseTo(total!.thousands - female!.thousands, 3);
    const tables = await db.query<{ schema: string; n: number }>(
      'SELECT table_schema AS schema, count(*)::int AS n FROM information_schema.tables WHERE table_name ' +
        "IN ('tasks', 'findings', 'dataset_version') GROUP BY 1",
    );
    expect(tables).toEqual([{ schema: 'dataset_1', n: 3 }]);
    expect(await db.query('SELECT schema_name, live FROM knowledge_datasets')).toEqual([{ schema_name: 'dataset_1', live: true }]);
  });

  it('is idempotent: an unchanged dataset is not reloaded', async () => {
    const before = await db.query('SELECT version, ingested_at FROM dataset_version');
    const steps: string[] = [];
    const result = await ingest(db, { knowledgeDir: KNOWLEDGE_DIR, embedderConfig, onStep: (step) => void steps.push(step) });
    expect(result.status).toBe('unchanged');
    expect(steps).toEqual(['unchanged']);
    expect(await db.query('SELECT version, ingested_at FROM dataset_version')).toEqual(before);
  });
});

describe('a new knowledge deploy', () => {
  // A server's view of the database: reads go to the dataset it loaded (dataset_1).
  let db: Db;
  // A server that loaded dataset_1 before the deploy.
  let kb: KnowledgeBase;
  let failure: Error;
  let afterFailure: { datasets: unknown[]; schemas: unknown[] };
  let result: Awaited<ReturnType<typeof ingest>>;
  const datasetSchemas = () =>
    db.query("SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'dataset%' ORDER BY schema_name");
  beforeAll(async () => {
    db = await openIngestedPglite();
    kb = await KnowledgeBase.open(db, embedderConfig);
    const dir = changedKnowledge();
    failure = await ingest(db, {
      knowledgeDir: dir,
      embedderConfig,
      onStep: (step, detail) => {
        if (step === 'load' && detail?.table === 'tasks') throw new Error('simulated crash during the load');
      },
    }).then(
      () => new Error('the ingest did not fail'),
      (error: Error) => error,
    );
    afterFailure = { datasets: await db.query('SELECT schema_name, live FROM knowledge_datasets'), schemas: await datasetSchemas() };
    result = await ingest(db, { knowledgeDir: dir, embedderConfig });
  });
  afterAll(async () => {
    kb.close();
    await db.close();
  });

  it('that fails part-way leaves the live dataset as it was and no trace of the new one', () => {
    expect(failure.message).toBe('simulated crash during the load');
    expect(afterFailure).toEqual({
      datasets: [{ schema_name: 'dataset_1', live: true }],
      schemas: [{ schema_name: 'dataset_1' }],
    });
  });

  it('is loaded beside the live dataset and switched to, with the right counts', async () => {
    expect(result.status).toBe('loaded');
    expect(result.counts.tasks).toBe(3266);
    const live = await liveView(db);
    expect(await figureLabel(live)).toMatch(CHANGED_LABEL);
    expect(await count(live, 'published_figures')).toBe(result.counts.figures);
    expect(await count(live, 'tasks')).toBe(3266);
    const datasets = await db.query<{ schema_name: string; live: boolean; replaced: boolean }>(
      'SELECT schema_name, live, replaced_at IS NOT NULL AS replaced FROM knowledge_datasets ORDER BY loaded_at',
    );
    expect(datasets).toEqual([
      { schema_name: 'dataset_1', live: false, replaced: true },
      { schema_name: expect.stringMatching(/^dataset_\d+$/), live: true, replaced: false },
    ]);
    // Only the two datasets exist: the failed attempt's schema rolled back with it.
    expect(await datasetSchemas()).toEqual([{ schema_name: 'dataset_1' }, { schema_name: datasets[1]!.schema_name }]);
  });

  it('leaves the replaced dataset readable for servers that have not moved to the new one yet', async () => {
    expect(await figureLabel(db)).toMatch(ORIGINAL_LABEL);
    expect(await count(db, 'tasks')).toBe(3266);
  });

  it('reaches a server watching the database at its next check, catalog and tables together', async () => {
    expect((await kb.catalog()).dataset.version).not.toBe(result.version);
    const reloaded = await new Promise<string>((resolve, reject) => kb.watch(50, { reloaded: resolve, failed: reject }));
    expect(reloaded).toBe(result.version);
    expect((await kb.catalog()).figures.find((figure) => figure.id === 'wp96-automation-share-hic')?.label).toMatch(CHANGED_LABEL);
    expect(await figureLabel(kb.db)).toMatch(CHANGED_LABEL);
  });
});

describe('a knowledge deploy the ingest refuses before loading anything', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openIngestedPglite();
  });
  afterAll(() => db.close());

  const expectRefused = async (dir: string, message: RegExp) => {
    await expect(ingest(db, { knowledgeDir: dir, embedderConfig })).rejects.toThrow(message);
    expect(await db.query('SELECT schema_name, live FROM knowledge_datasets')).toEqual([{ schema_name: 'dataset_1', live: true }]);
  };

  it('tasks.csv cut at a row boundary: every remaining row is valid, the checksum is not', async () => {
    const dir = copyKnowledge();
    editKnowledgeFile(dir, 'data/tasks.csv', (text) => `${text.split('\n').slice(0, 2001).join('\n')}\n`);
    await expectRefused(dir, /^tasks\.csv: SHA-256 \w+… does not match \w+… in knowledge\/data\/PROVENANCE\.md/);
  });

  it('one published figure altered', async () => {
    const dir = copyKnowledge();
    editKnowledgeFile(dir, 'data/published-figures.csv', (text) => text.replace('5.5,', '5.6,'));
    await expectRefused(dir, /^published-figures\.csv: SHA-256 .* does not match/);
  });

  it('a findings card or sources.json changed, added or removed without the knowledge build', async () => {
    const edited = copyKnowledge();
    editKnowledgeFile(edited, 'findings/policy-care-economy.md', (text) => text.replace(/\d/, (digit) => (digit === '9' ? '8' : '9')));
    await expectRefused(edited, /^findings\/policy-care-economy\.md: SHA-256 .* in knowledge\/SHA256SUMS/);
    const added = copyKnowledge();
    writeFileSync(join(added, 'findings/extra.md'), '---\nid: extra\n---\nBody.\n');
    await expectRefused(added, /^findings\/extra\.md: has no SHA-256 in knowledge\/SHA256SUMS/);
    const sources = copyKnowledge();
    editKnowledgeFile(sources, 'sources.json', (text) => text.replace('"title"', '"title" '));
    await expectRefused(sources, /^sources\.json: SHA-256/);
  });

  it('a corrupted row, even with checksums rewritten, names the file and row', async () => {
    const dir = copyKnowledge();
    editKnowledgeFile(dir, 'data/tasks.csv', (text) => {
      const lines = text.split('\n');
      lines[10] = lines[10]!.replace(/,0\.\d+,predicted$/, ',1.7,predicted');
      return lines.join('\n');
    });
    sealKnowledge(dir);
    await expectRefused(dir, /^tasks\.csv, row 11: column score_2025: Too big/);
  });

  it('an emptied file and a card with an unknown source, with checksums rewritten', async () => {
    const dir = copyKnowledge();
    writeFileSync(
      join(dir, 'findings/bad-card.md'),
      '---\nid: bad-card\ntitle: A bad card\ntopics: [results]\nsource: nowhere\nlocator: p. 1\nsourceClass: primary\nlanguage: ' +
        'en\n---\nBody.\n',
    );
    sealKnowledge(dir);
    await expectRefused(dir, /^findings\/bad-card\.md: unknown source id nowhere/);
    const emptied = copyKnowledge();
    writeFileSync(join(emptied, 'data/countries.csv'), '');
    sealKnowledge(emptied);
    await expectRefused(emptied, /^countries\.csv: has no data rows/);
  });
});

describe('migrations', () => {
  it('apply once and are recorded', async () => {
    const db = await openPgliteDb();
    try {
      const applied = await migrate(db);
      expect(applied[0]).toBe('0001-schema.sql');
      expect(applied).toEqual([...applied].sort());
      expect(await migrate(db)).toEqual([]);
      expect(
        (await db.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version')).map((row) => row.version),
      ).toEqual(applied);
      expect(await openLiveDataset(db)).toBeNull();
    } finally {
      await db.close();
    }
  });
});
