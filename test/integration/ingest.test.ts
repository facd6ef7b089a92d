import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openPgliteDb } from '../../server/db/pglite-db.ts';
import { ingest } from '../../server/ingest/ingest.ts';
import { KNOWLEDGE_DIR } from '../../server/paths.ts';
import { openIngestedPglite } from '../support/test-app.ts';

const embedderConfig = { embedder: 'local' } as const;
const count = async (db: Db, table: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
const copyKnowledge = () => {
  const dir = mkdtempSync(join(tmpdir(), 'gja-knowledge-'));
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
};

describe('ingest', () => {
  let db: Db;
  beforeEach(async () => {
    db = await openIngestedPglite();
  });
  afterEach(() => db.close());

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

  it('keeps published values exactly and builds vector indexes after the load', async () => {
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
    const indexes = await db.query<{ indexname: string }>(
      "SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%hnsw%' ORDER BY indexname",
    );
    expect(indexes.map((row) => row.indexname)).toEqual(['finding_chunks_embedding_hnsw', 'tasks_embedding_hnsw']);
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
  });

  it('is idempotent: an unchanged dataset is not reloaded', async () => {
    const before = await db.query('SELECT version, ingested_at FROM dataset_version');
    const result = await ingest(db, { knowledgeDir: KNOWLEDGE_DIR, embedderConfig });
    expect(result.status).toBe('unchanged');
    expect(await db.query('SELECT version, ingested_at FROM dataset_version')).toEqual(before);
  });

  it('reloads when a knowledge file changes, and the counts stay right', async () => {
    const dir = copyKnowledge();
    const figures = join(dir, 'data/published-figures.csv');
    writeFileSync(
      figures,
      readFileSync(figures, 'utf8').replace(
        'Employment in occupations with automation potential',
        'Employment in jobs with automation potential',
      ),
    );
    const result = await ingest(db, { knowledgeDir: dir, embedderConfig });
    expect(result.status).toBe('loaded');
    expect(result.counts.tasks).toBe(3266);
    expect(await count(db, 'published_figures')).toBe(result.counts.figures);
    expect(await count(db, 'tasks')).toBe(3266);
  });

  it('leaves the previous dataset intact when the ingest fails part-way', async () => {
    const before = await db.query('SELECT version FROM dataset_version');
    const dir = copyKnowledge();
    writeFileSync(
      join(dir, 'data/published-figures.csv'),
      readFileSync(join(dir, 'data/published-figures.csv'), 'utf8').replace('5.5,', '5.6,'),
    );
    await expect(
      ingest(db, {
        knowledgeDir: dir,
        embedderConfig,
        onStep: (step, detail) => {
          if (step === 'load' && detail?.table === 'tasks') throw new Error('simulated crash during the load');
        },
      }),
    ).rejects.toThrow('simulated crash');
    expect(await db.query('SELECT version FROM dataset_version')).toEqual(before);
    expect(await count(db, 'tasks')).toBe(3266);
    expect(await count(db, 'occupations')).toBe(436);
    expect(
      (await db.query<{ value: number }>("SELECT value FROM published_figures WHERE id = 'wp96-automation-share-hic'"))[0]!.value,
    ).toBe(5.5);
  });

  it('refuses a corrupted file with a message naming the file and row, before touching the data', async () => {
    const dir = copyKnowledge();
    const tasks = join(dir, 'data/tasks.csv');
    const lines = readFileSync(tasks, 'utf8').split('\n');
    lines[10] = lines[10]!.replace(/,0\.\d+,predicted$/, ',1.7,predicted');
    writeFileSync(tasks, lines.join('\n'));
    await expect(ingest(db, { knowledgeDir: dir, embedderConfig })).rejects.toThrow(/^tasks\.csv, row 11: column score_2025: Too big/);
    expect(await count(db, 'tasks')).toBe(3266);
  });

  it('refuses a missing file and a card with an unknown source', async () => {
    const dir = copyKnowledge();
    writeFileSync(
      join(dir, 'findings/bad-card.md'),
      '---\nid: bad-card\ntitle: A bad card\ntopics: [results]\nsource: nowhere\nlocator: p. 1\nsourceClass: primary\nlanguage: ' +
        'en\n---\nBody.\n',
    );
    await expect(ingest(db, { knowledgeDir: dir, embedderConfig })).rejects.toThrow('findings/bad-card.md: unknown source id nowhere');
    const other = copyKnowledge();
    writeFileSync(join(other, 'data/countries.csv'), '');
    await expect(ingest(db, { knowledgeDir: other, embedderConfig, force: true })).rejects.toThrow(/^countries\.csv/);
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
    } finally {
      await db.close();
    }
  });
});
