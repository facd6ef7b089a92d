/**
 * One process at a time writes a data directory. The embedded database (PGlite) assumes it is alone:
 * a second process on the same files loses acknowledged writes and can corrupt tables. The holder writes
 * DATA_DIR/lock.json (who it is, and where it serves MCP) and touches it every few seconds; a lock whose
 * process is gone (same host) or that nobody touched for a while (another host, e.g. a recreated
 * container sharing a volume) is stale and taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export interface LockHolder {
  pid: number;
  hostname: string;
  command: string;
  startedAt: string;
  /** Where the holder serves MCP over HTTP, so `npm run mcp` can forward to it instead of opening the files. */
  mcpUrl?: string;
}

const HEARTBEAT_MS = 5_000;
/** Directories this process holds: a second open from the same process is refused too. */
const heldHere = new Set<string>();
const STALE_AFTER_MS = 30_000;

export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `DATA_DIR ${dataDir} is in use by another process: pid ${holder.pid} on ${holder.hostname} ` +
        `("${holder.command}", since ${holder.startedAt}). ` +
        'Only one process may write a data directory at a time: stop that process or give this one another DATA_DIR. ' +
        `If no such process is running, delete ${lockPath(dataDir)}.`,
    );
  }
}

export const lockPath = (dataDir: string) => join(dataDir, 'lock.json');

/** Where the server holding a directory answers HTTP (it serves MCP there), or null if the holder is not a server. */
export const serverUrlOf = (holder: LockHolder): string | null => (holder.mcpUrl ? new URL(holder.mcpUrl).origin : null);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): { holder: LockHolder; touchedAt: number } | null {
  try {
    return { holder: JSON.parse(readFileSync(path, 'utf8')) as LockHolder, touchedAt: statSync(path).mtimeMs };
  } catch {
    // Gone, or half-written by a holder that died while writing it: no valid holder either way.
    return null;
  }
}

function isLive(path: string, { holder, touchedAt }: { holder: LockHolder; touchedAt: number }): boolean {
  if (holder.hostname !== hostname()) return Date.now() - touchedAt < STALE_AFTER_MS;
  // Our own pid in a lock we did not take: a restart under the same pid (pid 1 in a container).
  if (holder.pid === process.pid) return heldHere.has(path);
  return isAlive(holder.pid);
}

export interface DataDirLock {
  release(): void;
}

/** Takes the directory or throws DataDirLockedError naming the process that has it. */
export function acquireDataDirLock(dataDir: string, info: { mcpUrl?: string } = {}): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = lockPath(dataDir);
  const holder: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    command: process.argv.slice(1).join(' ').slice(0, 300),
    startedAt: new Date().toISOString(),
    ...info,
  };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(holder));
      closeSync(fd);
      heldHere.add(path);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const found = readHolder(path);
      if (found && isLive(path, found)) throw new DataDirLockedError(dataDir, found.holder);
      // Stale: moved aside (atomic) rather than deleted, so of two processes taking over only one wins the create.
      try {
        renameSync(path, `${path}.stale`);
      } catch {
        // Someone else moved it first; the create below decides.
      }
    }
  }
  const heartbeat = setInterval(() => {
    try {
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // A full or read-only disk: the lock stays, only its freshness for other hosts ages.
    }
  }, HEARTBEAT_MS).unref();
  const release = () => {
    clearInterval(heartbeat);
    process.off('exit', release);
    heldHere.delete(path);
    if (readHolder(path)?.holder.pid === process.pid) unlinkSync(path);
  };
  process.on('exit', release);
  return { release };
}
