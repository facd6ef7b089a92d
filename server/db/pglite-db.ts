import { mkdirSync } from 'node:fs';
import { Mutex, PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { type Db, type Queryable, schemaIdentifier } from './db.ts';

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
  const [{ search_path: searchPath }] = (await pglite.query<{ search_path: string }>('SHOW search_path')).rows as [{ search_path: string }];
  // PGlite is one session, and it runs one call at a time anyway. Each call of a withSchema view needs its own
  // search path: the session's is changed only when the next call needs another one, under a lock so that no
  // call runs in between. (Transactions change it with SET LOCAL, which ends with them.)
  const lock = new Mutex();
  let sessionPath = searchPath;
  const withPath = <T>(path: string, run: () => Promise<T>) =>
    lock.runExclusive(async () => {
      if (sessionPath !== path) {
        await pglite.exec(`SET search_path = ${path}`);
        sessionPath = path;
      }
      return run();
    });
  const view = (schema?: string): Db => {
    const path = schema ? `${schemaIdentifier(schema)}, ${searchPath}` : searchPath;
    return {
      kind: 'pglite',
      identity: pglite,
      query: <Row>(sql: string, params: readonly unknown[] = []) => withPath(path, () => wrap(pglite).query<Row>(sql, params)),
      exec: (sql: string) => withPath(path, () => wrap(pglite).exec(sql)),
      transaction: (fn) => withPath(path, () => pglite.transaction((tx) => fn(wrap(tx)))),
      // A statement outside a transaction block commits by itself.
      write: <Row>(sql: string, params: readonly unknown[] = []) => withPath(path, () => wrap(pglite).query<Row>(sql, params)),
      withSchema: (other) => view(other),
      close: () => pglite.close(),
      // Tests snapshot a migrated, ingested database once and restore it per file.
      dumpDataDir: () => lock.runExclusive(() => pglite.dumpDataDir('gzip')),
    } as Db & { dumpDataDir: () => Promise<Blob | File> };
  };
  return view();
}
