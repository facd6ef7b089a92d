/** Starts the real server (`server/main.ts`) as a child process and measures time-to-ready and memory. */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from '../../server/paths.ts';

export interface RunningServer {
  url: string;
  child: ChildProcess;
  readyMs: number;
  stop: () => Promise<void>;
}

/** Peak resident memory of a process, in MiB (Linux VmHWM). */
export function peakRssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((row) => row.startsWith('VmHWM:'));
  return Math.round(Number(line?.replace(/\D+/g, '') ?? 0) / 1024);
}

export async function startServer(env: Record<string, string>, timeoutMs = 120_000): Promise<RunningServer> {
  const port = 40_000 + Math.floor(Math.random() * 10_000);
  const started = performance.now();
  const child = spawn(process.execPath, ['--enable-source-maps', join(ROOT_DIR, 'dist/server/main.js')], {
    cwd: ROOT_DIR,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) {
      const readyMs = performance.now() - started;
      return {
        url,
        child,
        readyMs,
        stop: () =>
          new Promise((resolve) => {
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error('server did not become ready in time');
}
