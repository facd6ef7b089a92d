import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import type { Db, Queryable } from './db.ts';

type PGliteLike = Pick<PGlite, 'query' | 'exec'>;

const wrap = (target: PGliteLike): Queryable => ({
  async query<Row>(sql: string, params: readonly unknown[] = []) {
    return (await target.query<Row>(sql, params as unknown[])).rows;
  },
  async exec(sql: string) {
    await target.exec(sql);
  },
});

/** Embedded Postgres (WASM). `dataDir` undefined = in memory (tests); otherwise persisted on disk. */
export async function openPgliteDb(dataDir?: string, options: { loadDataDir?: Blob } = {}): Promise<Db> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({ dataDir, extensions: { vector }, loadDataDir: options.loadDataDir });
  return {
    kind: 'pglite',
    ...wrap(pglite),
    transaction: (fn) => pglite.transaction((tx) => fn(wrap(tx))),
    close: () => pglite.close(),
    // Tests snapshot a migrated, ingested database once and restore it per file.
    dumpDataDir: () => pglite.dumpDataDir('gzip'),
  } as Db & { dumpDataDir: () => Promise<Blob | File> };
}
