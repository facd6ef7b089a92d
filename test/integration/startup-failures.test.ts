/** The server refuses to start on a bad setting or an unreachable database, saying why, with distinct exit codes. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/paths.ts';

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

  it('exits 2 when the database at DATABASE_URL cannot be reached, saying where', () => {
    const result = start({ DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none', PORT: '3991' });
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/"step":"database".*Cannot connect to the database at DATABASE_URL \(127\.0\.0\.1:1\)/);
  });
});
