/** The server refuses to start on a bad setting, a DATA_DIR it cannot write or an unreachable database, saying why, with distinct exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/paths.ts';
import { createScratchDatabase, testDatabaseUrl } from '../support/scratch-postgres.ts';

const start = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT_DIR, 'server/main.ts')], {
    cwd: ROOT_DIR,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('startup failures', () => {
  it('exits 1 on an invalid setting, naming the variable', () => {
    const result = start({ PORT: 'eighty' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT');
  });

  it.runIf(testDatabaseUrl)(
    'exits 3 on a PostgreSQL database without pgvector that the role cannot add it to, saying what an administrator must run',
    async () => {
      const scratch = await createScratchDatabase('template0');
      try {
        const result = start({ DATABASE_URL: scratch.url, PORT: '3992' });
        expect(result.status, result.stdout + result.stderr).toBe(3);
        expect(result.stdout).toMatch(/"step":"knowledge".*has no pgvector extension and this role cannot create it/);
        expect(result.stdout).toContain(`An administrator must install pgvector on the server (tested with 0.8) and run, connected to`);
        expect(result.stdout).toContain('CREATE EXTENSION vector;');
      } finally {
        await scratch.drop();
      }
    },
  );

  it('exits 2 when DATA_DIR cannot be written, naming it, before opening anything', () => {
    // A file where the directory should be: nothing can be created under it, not even by root.
    const blocked = join(mkdtempSync(join(tmpdir(), 'gja-blocked-')), 'a-file');
    writeFileSync(blocked, '');
    const dataDir = join(blocked, 'data');
    const result = start({ DATA_DIR: dataDir, PORT: '3993' });
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/"step":"storage"/);
    expect(result.stdout).toContain(`DATA_DIR ${dataDir} is not writable (ENOTDIR): the embedded database cannot save anything there.`);
  });

  it('exits 2 when the database at DATABASE_URL cannot be reached, saying where', () => {
    const result = start({ DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none', PORT: '3991' });
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/"step":"database".*Cannot connect to the database at DATABASE_URL \(127\.0\.0\.1:1\)/);
  });
});
