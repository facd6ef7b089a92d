/**
 * `npm run bench:load`: retrieval latency of the hybrid search's vector part with the HNSW index vs a
 * sequential scan over the same vectors; then /api/ask under sustained load (64 clients for 60 s) and
 * 10,000 requests at 64 concurrency against the real server, with its memory before and after.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../../server/config.ts';
import { openPgliteDb } from '../../server/db/pglite-db.ts';
import { createLogger } from '../../server/logger.ts';
import { toVectorLiteral } from '../../server/retrieval/embedder.ts';
import { prepareKnowledge } from '../../server/start.ts';
import { QUESTION_MIX } from './question-mix.ts';
import { table, writeReport } from './report.ts';
import { startServer } from './server-process.ts';

const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const dataDir = mkdtempSync(join(tmpdir(), 'gja-bench-load-'));
const rssMiB = (pid: number) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);

// 1. Vector k-NN over the 3,266 task embeddings: HNSW index vs sequential scan, same query vectors.
const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
const db = await openPgliteDb(join(dataDir, 'pglite'));
const kb = await prepareKnowledge(db, config, createLogger('silent'));
const vectors = await kb.embedder.embed([
  'entering data into computers',
  'answering customer calls',
  'driving heavy trucks',
  'teaching children',
  'writing software code',
  'translating documents',
  'cleaning offices',
  'analysing financial statements',
]);
const knn = 'SELECT id FROM tasks WHERE embedding IS NOT NULL ORDER BY embedding <=> $1::vector LIMIT 10';
async function timeQueries(label: string, setup: string) {
  const times: number[] = [];
  await db.transaction(async (tx) => {
    await tx.exec(setup);
    for (let round = 0; round < 25; round++) {
      for (const vector of vectors) {
        const started = performance.now();
        await tx.query(knn, [toVectorLiteral(vector)]);
        times.push(performance.now() - started);
      }
    }
  });
  times.sort((a, b) => a - b);
  const plan = (
    await db.transaction(async (tx) => {
      await tx.exec(setup);
      return tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${knn}`, [toVectorLiteral(vectors[0]!)]);
    })
  )
    .map((row) => row['QUERY PLAN'])
    .join(' ');
  return { label, p50: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]!, usesIndex: /hnsw/i.test(plan) };
}
const withIndex = await timeQueries('HNSW index', 'SET LOCAL enable_seqscan = off');
const sequential = await timeQueries('sequential scan', 'SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off');
await db.close();
console.log(withIndex, sequential);

// 2. The real server under load.
const server = await startServer({ DATA_DIR: dataDir, DATABASE_URL: '', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' });
const requests = QUESTION_MIX.map((question) => ({
  method: 'POST' as const,
  path: '/api/ask',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ question }),
}));
const rssStart = rssMiB(server.child.pid!);
const soak = await autocannon({ url: server.url, connections: 64, duration: SOAK_SECONDS, requests });
const rssAfterSoak = rssMiB(server.child.pid!);
const tenThousand = await autocannon({ url: server.url, connections: 64, amount: 10_000, requests });
const rssEnd = rssMiB(server.child.pid!);
await server.stop();

const loadRows = [
  [
    `64 clients for ${SOAK_SECONDS} s`,
    soak.requests.total,
    soak.errors + soak.timeouts + soak.non2xx,
    soak.latency.p50,
    soak.latency.p99,
    Math.round(soak.requests.average),
    `${rssStart} → ${rssAfterSoak}`,
  ],
  [
    '10,000 requests, 64 clients',
    tenThousand.requests.total,
    tenThousand.errors + tenThousand.timeouts + tenThousand.non2xx,
    tenThousand.latency.p50,
    tenThousand.latency.p99,
    Math.round(tenThousand.requests.average),
    `${rssAfterSoak} → ${rssEnd}`,
  ],
];
const markdown = writeReport(
  'bench-load',
  {
    withIndex,
    sequential,
    soak: { total: soak.requests.total, errors: soak.errors, non2xx: soak.non2xx, p50: soak.latency.p50, p99: soak.latency.p99 },
    tenThousand: {
      total: tenThousand.requests.total,
      errors: tenThousand.errors,
      non2xx: tenThousand.non2xx,
      p50: tenThousand.latency.p50,
      p99: tenThousand.latency.p99,
    },
    rss: { rssStart, rssAfterSoak, rssEnd },
  },
  [
    table(
      ['vector k-NN over 3,266 task embeddings', 'p50 (ms)', 'p95 (ms)', 'plan uses HNSW'],
      [withIndex, sequential].map((row) => [row.label, row.p50.toFixed(2), row.p95.toFixed(2), row.usesIndex ? 'yes' : 'no']),
    ),
    '',
    table(['POST /api/ask (local model)', 'requests', 'errors', 'p50 (ms)', 'p99 (ms)', 'req/s', 'server RSS MiB'], loadRows),
  ].join('\n'),
);
console.log(`\n${markdown}`);
