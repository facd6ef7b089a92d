import pg from 'pg';
import { type Db, type Queryable, schemaIdentifier } from './db.ts';

// int8 (counts, sums) as JS numbers, as PGlite returns them; our counts are far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
  async query<Row>(sql: string, params: readonly unknown[] = []) {
    return (await client.query(sql, params as unknown[])).rows as Row[];
  },
  async exec(sql: string) {
    await client.query(sql);
  },
});

/** Runs `run` on one pooled connection inside a transaction opened by `begin` (which may also SET LOCAL). */
async function inTransaction<T>(pool: pg.Pool, begin: string, run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await run(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * An external PostgreSQL with the pgvector extension (DATABASE_URL). Reads run as requests make them: inside a
 * read-only transaction with a statement timeout, so nothing a request runs can write or hold the database for long.
 */
export async function openPostgresDb(
  connectionString: string,
  options: { max?: number; statementTimeoutMs?: number; connectionTimeoutMs?: number } = {},
): Promise<Db> {
  // connectionTimeoutMs: how long to wait for a connection, new or from a full pool.
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  // The role's own search path (it may list the schema where an administrator put the vector extension).
  const [{ search_path: searchPath }] = (await pool.query<{ search_path: string }>('SHOW search_path')).rows as [{ search_path: string }];
  const timeout = Math.trunc(options.statementTimeoutMs ?? 10_000);
  const view = (schema?: string): Db => {
    // SET LOCAL lasts until the end of the transaction: every statement of this view, and no other, sees the schema.
    const path = schema ? `; SET LOCAL search_path = ${schemaIdentifier(schema)}, ${searchPath}` : '';
    const read = <T>(run: (client: pg.PoolClient) => Promise<T>) =>
      inTransaction(pool, `BEGIN READ ONLY; SET LOCAL statement_timeout = ${timeout}${path}`, run);
    return {
      kind: 'postgres',
      identity: pool,
      query: <Row>(sql: string, params: readonly unknown[] = []) =>
        read(async (client) => (await client.query(sql, params as unknown[])).rows as Row[]),
      exec: (sql: string) => read(async (client) => void (await client.query(sql))),
      transaction: (fn) => inTransaction(pool, `BEGIN${path}`, (client) => fn(wrap(client))),
      write: <Row>(sql: string, params: readonly unknown[] = []) =>
        inTransaction(pool, `BEGIN${path}`, async (client) => (await client.query(sql, params as unknown[])).rows as Row[]),
      withSchema: (other) => view(other),
      close: () => pool.end(),
    };
  };
  return view();
}
