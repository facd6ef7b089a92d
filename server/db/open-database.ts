import { join } from 'node:path';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import type { Db } from './db.ts';
import { openPgliteDb } from './pglite-db.ts';
import { openPostgresDb } from './postgres-db.ts';

/** DATABASE_URL set -> external PostgreSQL; otherwise the embedded PGlite under DATA_DIR/pglite. */
export async function openDatabase(config: Pick<Config, 'DATABASE_URL' | 'dataDir'>): Promise<Db> {
  if (!config.DATABASE_URL) return openPgliteDb(join(config.dataDir, 'pglite'));
  try {
    return await openPostgresDb(config.DATABASE_URL);
  } catch (error) {
    const where = new URL(config.DATABASE_URL);
    throw new AppError('unavailable', `Cannot connect to the database at DATABASE_URL (${where.hostname}:${where.port || 5432}): ${(error as Error).message}`, undefined, { cause: error });
  }
}
