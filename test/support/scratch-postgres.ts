/**
 * Empty databases on the PostgreSQL at TEST_DATABASE_URL, for tests that need a database of their own (a fresh
 * start, a re-ingest that must not change the data other test files read). The role needs CREATEDB; new databases
 * copy template1, where `npm run test:postgres` has an administrator create the vector extension, as a managed
 * PostgreSQL would have it. `template0` gives a database without the extension.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const testDatabaseUrl = process.env.TEST_DATABASE_URL;

export interface ScratchDatabase {
  url: string;
  drop: () => Promise<void>;
}

async function onServer<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(template: 'template1' | 'template0' = 'template1'): Promise<ScratchDatabase> {
  if (!testDatabaseUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `gja_scratch_${randomBytes(6).toString('hex')}`;
  await onServer((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // A plain DROP also stops autovacuum there (which this role may not terminate); FORCE ends sessions a failed test
    // left behind. If both fail, the next `npm run test:postgres` drops the database as administrator.
    drop: () =>
      onServer(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${name}`).catch(() => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      }).catch(() => {}),
  };
}
