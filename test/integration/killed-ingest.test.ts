/** A process killed (SIGKILL) in the middle of a re-ingest must leave the previous dataset readable. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPgliteDb } from '../../server/db/pglite-db.ts';
import { ingest } from '../../server/ingest/ingest.ts';
import { KNOWLEDGE_DIR, ROOT_DIR } from '../../server/paths.ts';
import { liveView, seededDataDir } from '../support/test-app.ts';

function runIngest(dataDir: string, args: string[], killWhen?: (line: string) => boolean) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT_DIR, 'server/ingest/cli.ts'), ...args], {
      cwd: ROOT_DIR,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      if (killWhen && output.split('\n').some(killWhen)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('exit', (code, signal) => resolve({ code, signal, output }));
  });
}

describe('ingest killed mid-way', () => {
  // Three PGlite starts and a child process: on a busy 2-core machine that takes more than the usual minute.
  it('recovers on the next start with the previous data and no partial rows', { timeout: 180_000 }, async () => {
    const dataDir = await seededDataDir();
    const seeded = await liveView(await openPgliteDb(join(dataDir, 'pglite')));
    const [{ version }] = (await seeded.query<{ version: string }>('SELECT version FROM dataset_version')) as [{ version: string }];
    await seeded.close();

    const killed = await runIngest(dataDir, ['--force'], (line) => line.includes('"table":"tasks"'));
    expect(killed.signal, killed.output).toBe('SIGKILL');
    expect(killed.output).toContain('"step":"schema"');
    expect(killed.output).not.toContain('"step":"commit"');

    const db = await liveView(await openPgliteDb(join(dataDir, 'pglite')));
    try {
      expect(await db.query('SELECT version FROM dataset_version')).toEqual([{ version }]);
      const [counts] = await db.query<Record<string, number>>(
        'SELECT (SELECT count(*)::int FROM tasks) AS tasks, (SELECT count(*)::int FROM occupations) AS occupations, (SELECT ' +
          'count(*)::int FROM findings) AS findings',
      );
      expect(counts).toMatchObject({ tasks: 3266, occupations: 436 });
      expect(counts!.findings).toBeGreaterThan(0);
      expect(await db.query("SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'dataset%'")).toEqual([
        { schema_name: 'dataset_1' },
      ]);
      expect((await ingest(db, { knowledgeDir: KNOWLEDGE_DIR, embedderConfig: { embedder: 'local' } })).status).toBe('unchanged');
    } finally {
      await db.close();
    }
  });
});
