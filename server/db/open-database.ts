import { join } from 'node:path';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import type { Db } from './db.ts';

/**
 * DATABASE_URL set -> external PostgreSQL; otherwise the embedded PGlite under DATA_DIR/pglite, which this
 * process then holds alone (DATA_DIR/lock.json) until close(). Each driver is imported only when chosen,
 * which keeps the other's load time out of startup.
 */
export async function openDatabase(
  config: Pick<Config, 'DATABASE_URL' | 'dataDir' | 'DATABASE_STATEMENT_TIMEOUT_MS'>,
  lockInfo: { mcpUrl?: string } = {},
): Promise<Db> {
  if (!config.DATABASE_URL) {
    const lock = acquireDataDirLock(config.dataDir, lockInfo);
    try {
      const db = await (await import('./pglite-db.ts')).openPgliteDb(join(config.dataDir, 'pglite'));
      return {
        ...db,
        close: async () => {
          await db.close();
          lock.release();
        },
      };
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  try {
    return await (await import('./postgres-db.ts')).openPostgresDb(config.DATABASE_URL, {
      statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    });
  } catch (error) {
    const where = new URL(config.DATABASE_URL);
    throw new AppError(
      'unavailable',
      `Cannot connect to the database at DATABASE_URL (${where.hostname}:${where.port || 5432}): ${(error as Error).message}`,
      undefined,
      { cause: error },
    );
  }
}
