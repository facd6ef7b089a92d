/**
 * `npm run bench:data`: cold start (empty DATA_DIR to ready), warm start, and /api/occupations/:code
 * and /api/occupations/resolve latency at 1 and 32 concurrent clients, with peak RSS.
 * Targets (2-core machine): warm start < 1.5 s, cold start < 20 s, p99 < 20 ms at 32 clients.
 * Also, one client at a time: the local model's /api/ask over the question mix against the plain lookup;
 * target p50 of /api/ask at most 3x p50 of GET /api/occupations/:code (issue #10).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { KNOWLEDGE_DIR } from '../../server/paths.ts';
import { type LoadResult, load } from './load.ts';
import { QUESTION_MIX } from './question-mix.ts';
import { table, writeReport } from './report.ts';
import { sequentialLatency } from './sequential-latency.ts';
import { peakRssMiB, startServer } from './server-process.ts';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const codes = (
  parse(readFileSync(join(KNOWLEDGE_DIR, 'data/occupations.csv'), 'utf8'), { columns: true }) as { isco08_code: string }[]
).map((row) => row.isco08_code);
const names = [
  'bookkeeper',
  'software developer',
  'bank teller',
  'call centre agent',
  'nurse',
  'truck driver',
  'data entry',
  'translator',
  '會計',
  'ISCO 2513',
  'teacher',
  'web developer',
];

const dataDir = mkdtempSync(join(tmpdir(), 'gja-bench-'));
console.log(`cold start (empty ${dataDir}) ...`);
const cold = await startServer({ DATA_DIR: dataDir, DATABASE_URL: '' });
console.log(`  ready in ${(cold.readyMs / 1000).toFixed(2)} s`);
await cold.stop();

console.log('warm start ...');
// The local model on every machine (a configured OpenAI key would time the provider), no rate limit on /api/ask.
const server = await startServer({ DATA_DIR: dataDir, DATABASE_URL: '', MODEL: 'local', RATE_LIMIT_PER_MINUTE: '0' });
console.log(`  ready in ${(server.readyMs / 1000).toFixed(2)} s`);

const results: LoadResult[] = [];
for (const connections of [1, 32]) {
  for (const [label, paths] of [
    ['GET /api/occupations/:code', codes.map((code) => `/api/occupations/${code}`)],
    ['GET /api/occupations/resolve', names.map((name) => `/api/occupations/resolve?q=${encodeURIComponent(name)}`)],
  ] as const) {
    const result = await load(label, server.url, [...paths], connections, DURATION_S);
    console.log(
      `  ${label} x${connections}: p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.rps} req/s, errors ` +
        `${result.errors + result.non2xx}`,
    );
    results.push(result);
  }
}
const SEQUENTIAL_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const lookup = await sequentialLatency(
  server.url,
  codes.slice(0, 50).map((code) => ({ path: `/api/occupations/${code}` })),
  SEQUENTIAL_ROUNDS,
);
const ask = await sequentialLatency(
  server.url,
  QUESTION_MIX.map((question) => ({ path: '/api/ask', body: { question } })),
  SEQUENTIAL_ROUNDS,
);
const askRatio = Number((ask.p50 / lookup.p50).toFixed(1));
console.log(`  one client: lookup p50 ${lookup.p50} ms, /api/ask p50 ${ask.p50} ms (${askRatio}x)`);
const rss = peakRssMiB(server.child.pid!);
await server.stop();

const markdown = writeReport(
  'bench-data',
  {
    coldStartMs: Math.round(cold.readyMs),
    warmStartMs: Math.round(server.readyMs),
    peakRssMiB: rss,
    durationS: DURATION_S,
    results,
    oneClient: { lookup, ask, askRatio },
  },
  [
    table(
      ['measure', 'result', 'target'],
      [
        ['cold start (empty DATA_DIR to ready)', `${(cold.readyMs / 1000).toFixed(2)} s`, '< 20 s'],
        ['warm start', `${(server.readyMs / 1000).toFixed(2)} s`, '< 1.5 s'],
        ['peak RSS (server)', `${rss} MiB`, ''],
      ],
    ),
    '',
    table(
      ['endpoint', 'clients', 'p50 (ms)', 'p99 (ms)', 'req/s', 'errors'],
      results.map((result) => [result.label, result.connections, result.p50, result.p99, result.rps, result.errors + result.non2xx]),
    ),
    '',
    table(
      ['one client, one request at a time', 'requests', 'p50 (ms)', 'p99 (ms)', 'target'],
      [
        ['GET /api/occupations/:code', lookup.requests, lookup.p50, lookup.p99, ''],
        ['POST /api/ask (local model, question mix)', ask.requests, ask.p50, ask.p99, ''],
        ['/api/ask p50 ÷ lookup p50', '', `${askRatio}x`, '', '≤ 3x'],
      ],
    ),
  ].join('\n'),
);
console.log(`\n${markdown}`);
