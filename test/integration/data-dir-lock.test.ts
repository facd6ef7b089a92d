/**
 * One writer per DATA_DIR: a second server on the same directory is refused with a message naming the
 * first, `npm run mcp` on it forwards to the running server's /mcp instead of opening the files, `npm run ask`
 * and `npm run ingest` say what to do instead, and a lock left by a dead process is taken over.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, lockPath } from '../../server/db/data-dir-lock.ts';
import { openPgliteDb } from '../../server/db/pglite-db.ts';
import { ROOT_DIR } from '../../server/paths.ts';

const tsx = (script: string) => ['--import', 'tsx', join(ROOT_DIR, script)];

/** A DATA_DIR holding the ingested database (restored from the global setup's dump), so a server starts warm. */
async function ingestedDataDir(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'gja-lock-'));
  const db = await openPgliteDb(join(dir, 'pglite'), { loadDataDir: new Blob([readFileSync(inject('pgliteDump'))]) });
  await db.close();
  return dir;
}

describe('two processes on one DATA_DIR', () => {
  let dataDir: string;
  let first: ChildProcess;
  const port = 41_000 + Math.floor(Math.random() * 5_000);

  beforeAll(async () => {
    dataDir = await ingestedDataDir();
    first = spawn(process.execPath, tsx('server/main.ts'), {
      cwd: ROOT_DIR,
      env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    for (let attempt = 0; attempt < 600; attempt++) {
      const ready = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return;
      if (first.exitCode !== null) throw new Error(`first server exited with ${first.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('first server did not become ready');
  });
  afterAll(async () => {
    if (first.exitCode === null) {
      const exited = new Promise((resolve) => first.once('exit', resolve));
      first.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a second server, naming the process that holds the directory', () => {
    const second = spawnSync(process.execPath, tsx('server/main.ts'), {
      cwd: ROOT_DIR,
      env: { ...process.env, DATA_DIR: dataDir, PORT: String(port + 1), HOST: '127.0.0.1', LOG_LEVEL: 'info' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(second.status).toBe(2);
    expect(second.stdout).toContain(`"step":"database"`);
    expect(second.stdout).toContain(`DATA_DIR ${dataDir} is in use by another process: pid ${first.pid} on ${hostname()}`);
    expect(second.stdout).toContain('Only one process may write a data directory at a time');
  });

  it('lets `npm run mcp` on the same DATA_DIR answer through the running server instead of opening the files', async () => {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: tsx('server/mcp/stdio.ts'),
      cwd: ROOT_DIR,
      env: { ...(process.env as Record<string, string>), DATA_DIR: dataDir, LOG_LEVEL: 'info' },
      stderr: 'pipe',
    });
    let log = '';
    transport.stderr?.on('data', (chunk) => {
      log += String(chunk);
    });
    const client = new Client({ name: 'desktop-client', version: '1.0.0' });
    await client.connect(transport);
    try {
      const result = await client.callTool({ name: 'getOccupation', arguments: { code: '4132' } });
      expect((result.structuredContent as { data: { code: string } }).data.code).toBe('4132');
      // The client's notifications pass the bridge without breaking it.
      await client.notification({ method: 'notifications/cancelled', params: { requestId: 99, reason: 'no longer needed' } });
      expect((await client.listTools()).tools.length).toBeGreaterThan(0);
      expect(log).not.toContain('"level":50');
      expect(log).toContain(`"forwardingTo":"http://127.0.0.1:${port}/mcp"`);
      expect(JSON.parse(readFileSync(lockPath(dataDir), 'utf8')).pid).toBe(first.pid);
    } finally {
      await client.close();
    }
  });

  /** Runs one of the npm scripts' entry points on the DATA_DIR the server holds. */
  const besideTheServer = (script: string, args: string[] = []) =>
    spawnSync(process.execPath, [...tsx(script), ...args], {
      cwd: ROOT_DIR,
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'info' },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('refuses `npm run ask` on the same DATA_DIR with the request to send the running server instead, which works', async () => {
    const question = "What's the exposure of bookkeepers?";
    const ask = besideTheServer('server/chat/ask-cli.ts', [question]);
    expect(ask.status).toBe(2);
    expect(ask.stderr).toContain(`A server (pid ${first.pid}) is running on DATA_DIR ${dataDir}`);
    const command = ask.stderr.split('\n').find((line) => line.trim().startsWith('curl'))!;
    expect(command.trim()).toBe(
      `curl -s http://127.0.0.1:${port}/api/ask -H 'content-type: application/json' ` +
        `-d '{"question":"What'\\''s the exposure of bookkeepers?"}'`,
    );
    // The command it prints, run by a shell, gets the answer from the server.
    const answered = spawnSync('sh', ['-c', command], { encoding: 'utf8', timeout: 60_000 });
    expect(JSON.parse(answered.stdout)).toMatchObject({ understood: { subjects: [expect.objectContaining({ id: '4311' })] } });
  });

  it('refuses `npm run ingest` on the same DATA_DIR, saying the server loads new knowledge when restarted', () => {
    const ingest = besideTheServer('server/ingest/cli.ts');
    expect(ingest.status).toBe(2);
    expect(ingest.stdout).toContain(`A server (pid ${first.pid}) is running on DATA_DIR ${dataDir}`);
    expect(ingest.stdout).toContain('restart it to load the new knowledge');
  });

  it('releases the directory when the server stops', async () => {
    const exited = new Promise((resolve) => first.once('exit', resolve));
    first.kill('SIGTERM');
    await exited;
    expect(existsSync(lockPath(dataDir))).toBe(false);
  });
});

describe('the lock file', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'gja-lockfile-'));
  const writeLock = (dataDir: string, holder: Record<string, unknown>) =>
    writeFileSync(lockPath(dataDir), JSON.stringify({ command: 'old', startedAt: '2026-01-01T00:00:00Z', ...holder }));

  it('refuses a second open from the same process', () => {
    const dataDir = dir();
    const lock = acquireDataDirLock(dataDir);
    expect(() => acquireDataDirLock(dataDir)).toThrow(DataDirLockedError);
    lock.release();
    acquireDataDirLock(dataDir).release();
  });

  it('takes over a lock whose process is gone', () => {
    const dataDir = dir();
    writeLock(dataDir, { pid: 2 ** 22 + 1, hostname: hostname() });
    const lock = acquireDataDirLock(dataDir);
    expect(JSON.parse(readFileSync(lockPath(dataDir), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('respects a fresh lock from another host, and takes over one nobody has touched for a while', () => {
    const dataDir = dir();
    writeLock(dataDir, { pid: 1, hostname: 'other-container' });
    expect(() => acquireDataDirLock(dataDir)).toThrow(/pid 1 on other-container/);
    const longAgo = new Date(Date.now() - 120_000);
    utimesSync(lockPath(dataDir), longAgo, longAgo);
    acquireDataDirLock(dataDir).release();
  });
});
