/**
 * `npm run bench:data`: cold start (empty DATA_DIR to ready), warm start, and /api/occupations/:code
 * and /api/occupations/resolve latency at 1 and 32 concurrent clients, with peak RSS.
 * Targets (2-core machine): warm start < 1.5 s, cold start < 20 s, p99 < 20 ms at 32 clients.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { KNOWLEDGE_DIR } from '../../server/paths.ts';
import { type LoadResult, load } from './load.ts';
import { table, writeReport } from './report.ts';
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
const server = await startServer({ DATA_DIR: dataDir, DATABASE_URL: '' });
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
const rss = peakRssMiB(server.child.pid!);
await server.stop();

const markdown = writeReport(
  'bench-data',
  { coldStartMs: Math.round(cold.readyMs), warmStartMs: Math.round(server.readyMs), peakRssMiB: rss, durationS: DURATION_S, results },
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
  ].join('\n'),
);
console.log(`\n${markdown}`);
