/**
 * `npm run bench:load`: latency of the two hybrid searches as the app runs them (exact k-NN and full text in one SQL
 * statement, over the findings cards and over the 3,266 task statements); then /api/ask under sustained load (64
 * clients for 60 s) and 10,000 requests at 64 concurrency against the real server, with its memory before and after.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../../server/config.ts';
import { openPgliteDb } from '../../server/db/pglite-db.ts';
import { createLogger } from '../../server/logger.ts';
import { searchFindings, searchTasks } from '../../server/retrieval/hybrid-search.ts';
import { prepareKnowledge } from '../../server/start.ts';
import { QUESTION_MIX } from './question-mix.ts';
import { table, writeReport } from './report.ts';
import { startServer } from './server-process.ts';

const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const dataDir = mkdtempSync(join(tmpdir(), 'gja-bench-load-'));
const rssMiB = (pid: number) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);

// 1. The hybrid searches, in process on the embedded database, over the same questions 25 times.
const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
const db = await openPgliteDb(join(dataDir, 'pglite'));
const kb = await prepareKnowledge(db, config, createLogger('silent'));
const questions = [
  'entering data into computers',
  'answering customer calls',
  'driving heavy trucks',
  'teaching children',
  'writing software code',
  'translating documents',
  'cleaning offices',
  'analysing financial statements',
];
async function timeSearch(label: string, search: (question: string) => Promise<unknown>) {
  const times: number[] = [];
  for (let round = 0; round < 25; round++) {
    for (const question of questions) {
      const started = performance.now();
      await search(question);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  return { label, p50: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]! };
}
const findingsSearch = await timeSearch('findings cards (searchFindings, one language)', (question) =>
  searchFindings(kb.db, kb.embedder, question, { language: 'en' }),
);
const taskSearch = await timeSearch('3,266 task statements (searchTasks)', (question) => searchTasks(kb.db, kb.embedder, question));
kb.close();
await db.close();
console.log(findingsSearch, taskSearch);

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
    findingsSearch,
    taskSearch,
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
      ['hybrid search (exact k-NN + full text, in process)', 'p50 (ms)', 'p95 (ms)'],
      [findingsSearch, taskSearch].map((row) => [row.label, row.p50.toFixed(2), row.p95.toFixed(2)]),
    ),
    '',
    table(['POST /api/ask (local model)', 'requests', 'errors', 'p50 (ms)', 'p99 (ms)', 'req/s', 'server RSS MiB'], loadRows),
  ].join('\n'),
);
console.log(`\n${markdown}`);
