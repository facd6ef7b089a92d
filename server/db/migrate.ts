import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors.ts';
import { MIGRATIONS_DIR } from '../paths.ts';
import type { Db, Queryable } from './db.ts';

// Any constant works; it only has to be the same for every app server sharing one database.
const MIGRATION_LOCK = 727_096_140;

/** Applies the numbered .sql files not yet recorded in schema_migrations, in order, in one transaction. */
export async function migrate(db: Db): Promise<string[]> {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((file) => /^\d{4}-[\w-]+\.sql$/.test(file))
    .sort();
  return db.transaction(async (tx) => {
    // Migrations are about public, even when run through a view of one dataset (Db.withSchema).
    await tx.exec('SET LOCAL search_path TO DEFAULT');
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await requireVectorExtension(tx);
    await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const applied = new Set((await tx.query<{ version: string }>('SELECT version FROM schema_migrations')).map((row) => row.version));
    const pending = files.filter((file) => !applied.has(file));
    for (const file of pending) {
      await tx.exec(readFileSync(join(MIGRATIONS_DIR, file), 'utf8'));
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [file]);
    }
    return pending;
  });
}

/**
 * pgvector must be in the database. PGlite and a superuser can create it; on a managed PostgreSQL the app's role
 * usually cannot (the extension is not "trusted"), so an administrator creates it once. Without it, startup stops
 * here with what to do, rather than with the driver's "permission denied to create extension".
 */
async function requireVectorExtension(tx: Queryable): Promise<void> {
  const [found] = await tx.query("SELECT 1 FROM pg_extension WHERE extname = 'vector'");
  if (found) return;
  await tx.exec('SAVEPOINT create_vector');
  try {
    await tx.exec('CREATE EXTENSION vector');
  } catch (error) {
    await tx.exec('ROLLBACK TO SAVEPOINT create_vector');
    const [{ database }] = (await tx.query<{ database: string }>('SELECT current_database() AS database')) as [{ database: string }];
    throw new AppError(
      'unavailable',
      `The database "${database}" has no pgvector extension and this role cannot create it (${(error as Error).message}). ` +
        `An administrator must install pgvector on the server (tested with 0.8) and run, connected ` +
        `to "${database}": CREATE EXTENSION vector;`,
      undefined,
      { cause: error },
    );
  }
}
