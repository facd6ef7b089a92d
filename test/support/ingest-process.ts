/**
 * `node --import tsx test/support/ingest-process.ts <knowledge dir>`: one ingest of that directory into the
 * PostgreSQL at DATABASE_URL, as `npm run ingest` would do it, in a process of its own. Each step is printed as a
 * JSON line with its wall-clock time, so a test can tell when the ingest held the database.
 */
import { openPostgresDb } from '../../server/db/postgres-db.ts';
import { ingest } from '../../server/ingest/ingest.ts';

const print = (step: string, detail: Record<string, unknown> = {}) => console.log(JSON.stringify({ step, at: Date.now(), ...detail }));
const db = await openPostgresDb(process.env.DATABASE_URL!);
try {
  const result = await ingest(db, { knowledgeDir: process.argv[2]!, embedderConfig: { embedder: 'local' }, onStep: print });
  print('done', { status: result.status, version: result.version });
} finally {
  await db.close();
}
