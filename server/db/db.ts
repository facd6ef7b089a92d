/**
 * The database seam: the embedded PGlite and an external PostgreSQL both implement this, and every
 * query in the app is plain SQL that runs on both (parameters as $1, $2; vectors as '[…]'::vector).
 */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs several statements without parameters (migrations, DDL). */
  exec(sql: string): Promise<void>;
}

/**
 * `query` and `exec` on the Db itself are for reading: on an external PostgreSQL each runs in a read-only
 * transaction with a statement timeout. Every write (ingest, migrations, saved conversations) goes
 * through `transaction`.
 */
export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one read-write transaction: committed if fn resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
