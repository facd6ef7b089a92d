/**
 * A throwaway PostgreSQL cluster from the machine's own server binaries (Debian's postgresql-15), run as
 * the postgres user. Null where those are not installed (it has no pgvector, so it serves the tests of
 * the driver's own behaviour, not the schema).
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = '/usr/lib/postgresql/15/bin';

export function localPostgresAvailable(): boolean {
  if (!existsSync(join(BIN, 'initdb')) || process.getuid?.() !== 0) return false;
  try {
    execFileSync('id', ['postgres'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function startLocalPostgres(): { url: string; stop: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'gja-pg-'));
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  chownSync(dir, uid, -1);
  const port = 45_000 + Math.floor(Math.random() * 5_000);
  const asPostgres = (command: string, args: string[]) =>
    execFileSync('runuser', ['-u', 'postgres', '--', join(BIN, command), ...args], { stdio: 'ignore', timeout: 60_000 });
  asPostgres('initdb', ['-D', join(dir, 'data'), '--auth=trust', '-U', 'postgres']);
  asPostgres('pg_ctl', [
    '-D',
    join(dir, 'data'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
    '-l',
    join(dir, 'log'),
    '-w',
    'start',
  ]);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: () => asPostgres('pg_ctl', ['-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop']),
  };
}
