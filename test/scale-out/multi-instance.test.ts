/**
 * Three app servers (the real bundle, dist/server/main.js) on one PostgreSQL. Started at the same moment on an empty
 * database, all three come up. Then, under search load on all three, new knowledge is ingested by another process:
 * no request fails, every server moves to the new dataset at its next version check, and the p99 search latency while
 * the ingest runs stays within twice its steady-state value.
 *
 * The latency criterion is made fair to a busy 2-core machine, and measures what the issue is about: whether an ingest
 * makes searches wait on the database. The load is paced (each client starts one search every PACE_MS), so the
 * servers are not saturated and latency measures waiting, not queueing behind our own load. The ingest window is the
 * ingest's database work, from creating the new dataset's schema to the commit that makes it live: reading and
 * embedding the files before that is CPU work in the ingest's own process, which in production runs on another
 * machine. The database work keeps about one core busy (the ingest's backend and process), which on two shared cores
 * slows everything else by itself; so the steady state is measured with one busy-looping process beside the servers,
 * and both windows face the same competition for the CPU. The steady state is measured before and after the ingest,
 * and the larger p99 of the two is the reference, so slow changes in the machine's other load count against neither
 * side. Each window has hundreds of samples or more.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/paths.ts';
import { changedKnowledge } from '../support/knowledge-copy.ts';
import { createScratchDatabase, type ScratchDatabase, testDatabaseUrl } from '../support/scratch-postgres.ts';

const CHECK_INTERVAL_MS = 2_000;
const CLIENTS_PER_SERVER = 2;
const PACE_MS = 40;
const STEADY_MS = 6_000;
/** A steady-state window lasts STEADY_MS and until it holds this many samples (a busy machine serves fewer). */
const STEADY_SAMPLES = 500;
const QUESTIONS = [
  'social dialogue',
  'clerical work exposed to automation',
  'women more exposed than men',
  'how to cite the ILO papers',
  '工會應該怎麼參與',
  'developing countries overstated',
  'care economy decent jobs',
  '為什麼軍人沒有暴露分數',
];

interface Server {
  url: string;
  child: ChildProcess;
  /** The ingest, dataset and fatal log lines (not the one line per request). */
  events: Record<string, unknown>[];
  output: string[];
}

interface Sample {
  at: number;
  ms: number;
  status: number;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startServer(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--enable-source-maps', join(ROOT_DIR, 'dist/server/main.js')], {
    cwd: ROOT_DIR,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      RATE_LIMIT_PER_MINUTE: '0',
      DATASET_CHECK_INTERVAL_MS: String(CHECK_INTERVAL_MS),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const server: Server = { url: `http://127.0.0.1:${port}`, child, events: [], output: [] };
  let partial = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      if (!/"event":"(ingest|dataset|migrate|startup|ready)"/.test(line)) continue;
      server.output.push(line);
      server.events.push(JSON.parse(line));
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => server.output.push(String(chunk)));
  return server;
}

async function health(server: Server): Promise<{ status: number; body: { dataset?: { version: string } } | string }> {
  try {
    const response = await fetch(`${server.url}/api/health`);
    const text = await response.text();
    return { status: response.status, body: response.ok ? JSON.parse(text) : text };
  } catch (error) {
    return { status: 0, body: String((error as Error).cause ?? error) };
  }
}

/** The dataset version a server reports; a failed health check fails the test with what the server said. */
async function versionOf(server: Server): Promise<string> {
  const { status, body } = await health(server);
  if (status !== 200 || typeof body === 'string') throw new Error(`/api/health answered ${status}: ${body}\n${server.output.join('\n')}`);
  return body.dataset!.version;
}

/** Waits until the server answers /api/health; fails at once if it exits. The deadline only guards against a hang. */
async function ready(server: Server, deadline = Date.now() + 240_000): Promise<void> {
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited with ${server.child.exitCode}:\n${server.output.join('\n')}`);
    if ((await health(server)).status === 200) return;
    await sleep(100);
  }
  throw new Error(`server did not come up:\n${server.output.join('\n')}`);
}

/** Paced search clients on every server until stop() is called; every response is a sample. */
function searchLoad(servers: Server[]) {
  const samples: Sample[] = [];
  let running = true;
  const client = async (server: Server, offset: number) => {
    for (let i = offset; running; i++) {
      const started = performance.now();
      const at = Date.now();
      let status = 0;
      try {
        const response = await fetch(`${server.url}/api/findings/search?q=${encodeURIComponent(QUESTIONS[i % QUESTIONS.length]!)}&limit=5`);
        await response.arrayBuffer();
        status = response.status;
      } catch {
        status = 0;
      }
      samples.push({ at, ms: performance.now() - started, status });
      await sleep(Math.max(0, PACE_MS - (performance.now() - started)));
    }
  };
  const clients = servers.flatMap((server) => Array.from({ length: CLIENTS_PER_SERVER }, (_, i) => client(server, i * 3)));
  return {
    samples,
    stop: async () => {
      running = false;
      await Promise.all(clients);
    },
  };
}

const p99 = (samples: Sample[]) => {
  const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))]!;
};
const between = (samples: Sample[], from: number, to: number) => samples.filter((sample) => sample.at >= from && sample.at < to);

/** Measures a steady-state window from now, [start, end) in wall-clock ms, with one core's worth of other CPU work. */
async function steadyWindow(samples: Sample[]): Promise<[number, number]> {
  const ballast = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  try {
    await sleep(1_000);
    const start = Date.now();
    await sleep(STEADY_MS);
    while (samples.filter((sample) => sample.at >= start).length < STEADY_SAMPLES && Date.now() - start < 120_000) await sleep(500);
    return [start, Date.now()];
  } finally {
    ballast.kill('SIGKILL');
  }
}

/** The ingest in a process of its own; resolves with its steps (and their times). */
function ingestProcess(databaseUrl: string, knowledgeDir: string) {
  return new Promise<{ steps: { step: string; at: number; version?: string; status?: string }[]; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT_DIR, 'test/support/ingest-process.ts'), knowledgeDir], {
      cwd: ROOT_DIR,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`ingest exited with ${code}:\n${output}`));
      const steps = output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line));
      resolve({ steps, output });
    });
  });
}

describe.runIf(testDatabaseUrl)('three app servers on one PostgreSQL', () => {
  let scratch: ScratchDatabase;
  let servers: Server[] = [];
  beforeAll(async () => {
    if (!existsSync(join(ROOT_DIR, 'dist/server/main.js'))) throw new Error('dist/server/main.js is missing: npm run build:server');
    scratch = await createScratchDatabase();
  });
  afterAll(async () => {
    await Promise.all(
      servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            if (server.child.exitCode !== null) return resolve();
            server.child.once('exit', () => resolve());
            server.child.kill('SIGTERM');
          }),
      ),
    );
    await scratch?.drop();
  });

  it('started at the same moment on an empty database, all come up with the same dataset, loaded once', { timeout: 300_000 }, async () => {
    servers = await Promise.all([1, 2, 3].map(() => startServer(scratch.url)));
    await Promise.all(servers.map((server) => ready(server)));
    const versions = await Promise.all(servers.map(versionOf));
    expect(new Set(versions).size).toBe(1);
    const loads = servers.map((server) => server.events.filter((event) => event.event === 'ingest' && event.step === 'commit').length);
    expect(loads.sort()).toEqual([0, 0, 1]);
    for (const server of servers) expect(server.events.filter((event) => event.step === 'unchanged').length).toBeLessThanOrEqual(1);
  });

  it('under search load, new knowledge ingested by another process: no errors, all move to it, p99 within 2x steady state', {
    timeout: 400_000,
  }, async () => {
    expect(servers).toHaveLength(3);
    const before = await versionOf(servers[0]!);
    const knowledgeDir = changedKnowledge('Employment in roles with automation potential');
    const load = searchLoad(servers);
    let ingest: Awaited<ReturnType<typeof ingestProcess>>;
    let steadyBefore: [number, number];
    let steadyAfter: [number, number];
    let ingestWindow: [number, number];
    const seenAt = new Map<Server, number>();
    try {
      await sleep(3_000); // warm-up, not measured
      steadyBefore = await steadyWindow(load.samples);
      ingest = await ingestProcess(scratch.url, knowledgeDir);
      const step = (name: string) => ingest.steps.find((entry) => entry.step === name)!.at;
      ingestWindow = [step('schema'), step('done')];
      // Every server serves the new version after its next check; the deadline only guards against a hang.
      const after = ingest.steps.find((entry) => entry.step === 'done')!.version!;
      while (seenAt.size < servers.length && Date.now() < ingestWindow[1] + CHECK_INTERVAL_MS + 60_000) {
        for (const server of servers) if (!seenAt.has(server) && (await versionOf(server)) === after) seenAt.set(server, Date.now());
        await sleep(100);
      }
      steadyAfter = await steadyWindow(load.samples);
    } finally {
      await load.stop();
    }
    const all = load.samples;
    const during = between(all, ...ingestWindow);
    const reference = [between(all, ...steadyBefore), between(all, ...steadyAfter)];
    const report = {
      ingestSeconds: (ingestWindow[1] - ingestWindow[0]) / 1000,
      samples: { before: reference[0]!.length, during: during.length, after: reference[1]!.length },
      p99ms: { before: p99(reference[0]!), during: p99(during), after: p99(reference[1]!) },
      newVersionAfterMs: servers.map((server) => (seenAt.get(server) ?? Number.NaN) - ingestWindow[1]),
    };
    console.log(`multi-instance: ${JSON.stringify(report)}`);

    expect(all.filter((sample) => sample.status !== 200)).toEqual([]);
    expect(ingest!.steps.find((entry) => entry.step === 'done')).toMatchObject({ status: 'loaded' });
    expect(seenAt.size).toBe(3);
    for (const server of servers) {
      expect(await versionOf(server)).not.toBe(before);
      expect(server.events.filter((event) => event.event === 'dataset' && event.step === 'reloaded')).toHaveLength(1);
    }
    expect(Math.min(report.samples.before, report.samples.after)).toBeGreaterThanOrEqual(STEADY_SAMPLES);
    expect(report.samples.during).toBeGreaterThan(100);
    expect(report.p99ms.during).toBeLessThanOrEqual(2 * Math.max(report.p99ms.before, report.p99ms.after));
  });
});
