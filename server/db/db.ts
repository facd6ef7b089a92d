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
 * through `transaction`, or `write` for a single statement.
 */
export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** One object for this Db and every withSchema view of it: what the process keeps about a database is keyed by it. */
  readonly identity: object;
  /** Runs fn in one read-write transaction: committed if fn resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * One statement that writes, atomic by itself (as a transaction of one statement). On the embedded database
   * it runs as it is: wrapping it in BEGIN and COMMIT would add two more rounds through WebAssembly.
   */
  write<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /**
   * The same database (same connections) with unqualified table names looked up in `schema` first, then in the
   * usual search path: how a server reads the knowledge dataset it has loaded (server/ingest/datasets.ts).
   */
  withSchema(schema: string): Db;
  /** Closes the database, for this Db and every withSchema view of it. */
  close(): Promise<void>;
}

/** A schema name as SQL. Dataset schemas are named by the ingest; anything else is refused rather than quoted. */
export function schemaIdentifier(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Not a schema name: ${schema}`);
  return `"${schema}"`;
}
