/**
 * `npm run bench:chat`: /api/ask and /api/chat with the local model over a fixed mix of questions: latency
 * p50/p99 and answers per second at 1, 8 and 32 concurrent clients (real server, autocannon); and, in
 * process, the time of the same questions' tool calls (the SQL and catalog work) to report the pipeline
 * overhead, and what one /api/chat answer costs against one /api/ask answer (with and without history and
 * saving). Targets (2-core machine): p50 < 30 ms at 1 client, p99 < 250 ms at 32 clients, /api/chat at
 * most 2x /api/ask per answer.
 */
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { openPgliteDb } from '../../server/db/pglite-db.ts';
import { createLogger } from '../../server/logger.ts';
import { createServices, prepareKnowledge } from '../../server/start.ts';
import { measureChatCost } from './chat-cost.ts';
import { type LoadResult, load } from './load.ts';
import { QUESTION_MIX } from './question-mix.ts';
import { table, writeReport } from './report.ts';
import { peakRssMiB, startServer } from './server-process.ts';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const dataDir = mkdtempSync(join(tmpdir(), 'gja-bench-chat-'));

// In process: time of the whole pipeline vs. the tool calls alone, per question.
const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0' });
const db = await openPgliteDb(join(dataDir, 'pglite'));
const services = await createServices(await prepareKnowledge(db, config, createLogger('silent')), config, createLogger('silent'));
const app = createApp({ config, ...services, logger: createLogger('silent') });
const tools = services.tools as unknown as Record<string, { execute: (input: unknown, options: unknown) => Promise<unknown> }>;
let pipelineMs = 0;
let toolMs = 0;
const ROUNDS = 20;
for (const question of QUESTION_MIX) {
  const body = JSON.stringify({ question });
  const first = (await (
    await app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
  ).json()) as { toolCalls: { name: string; input: unknown }[] };
  for (let round = 0; round < ROUNDS; round++) {
    let started = performance.now();
    await (await app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json();
    pipelineMs += performance.now() - started;
    started = performance.now();
    for (const call of first.toolCalls) await tools[call.name]!.execute(call.input, { toolCallId: 'bench', messages: [] });
    toolMs += performance.now() - started;
  }
}
// The machine's load while the costs were measured (other work on it disturbs CPU times too, less than wall times).
const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
const loadBefore = loadAverage();
const chatCost = await measureChatCost(app);
const loadDuring = { before: loadBefore, after: loadAverage() };
for (const cost of chatCost.costs)
  console.log(
    `  ${cost.variant}: ${cost.cpuMsPerAnswer} CPU ms/answer, ${cost.vsAsk}x /api/ask with the same history, ` +
      `${cost.vsPlainAsk}x a plain one`,
  );
await db.close();
const perQuestion = (ms: number) => Math.round((ms / (ROUNDS * QUESTION_MIX.length)) * 100) / 100;
console.log(`in process: pipeline ${perQuestion(pipelineMs)} ms/question, tools (SQL + catalog) ${perQuestion(toolMs)} ms/question`);

// The load generator is one client hammering the server: the per-client limit would stop it at once.
const server = await startServer({ DATA_DIR: dataDir, DATABASE_URL: '', RATE_LIMIT_PER_MINUTE: '0' });
const results: LoadResult[] = [];
const bodies = {
  '/api/ask': (i: number) => JSON.stringify({ question: QUESTION_MIX[i % QUESTION_MIX.length] }),
  '/api/chat': (i: number) =>
    JSON.stringify({ messages: [{ id: 'q', role: 'user', parts: [{ type: 'text', text: QUESTION_MIX[i % QUESTION_MIX.length] }] }] }),
};
for (const [path, body] of Object.entries(bodies)) {
  for (const connections of [1, 8, 32]) {
    const result = await load(
      `POST ${path}`,
      server.url,
      QUESTION_MIX.map(() => path),
      connections,
      DURATION_S,
      'POST',
      body,
    );
    console.log(
      `  ${path} x${connections}: p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.rps} answers/s, ` +
        `errors ${result.errors + result.non2xx}`,
    );
    results.push(result);
  }
}
const rss = peakRssMiB(server.child.pid!);
await server.stop();

const markdown = writeReport(
  'bench-chat',
  {
    durationS: DURATION_S,
    questions: QUESTION_MIX,
    pipelineMsPerQuestion: perQuestion(pipelineMs),
    toolMsPerQuestion: perQuestion(toolMs),
    peakRssMiB: rss,
    results,
    chatCost,
    loadAverage: loadDuring,
  },
  [
    table(
      ['endpoint', 'clients', 'p50 (ms)', 'p99 (ms)', 'answers/s', 'errors'],
      results.map((result) => [result.label, result.connections, result.p50, result.p99, result.rps, result.errors + result.non2xx]),
    ),
    '',
    table(
      [
        'one answer, in process',
        'CPU ms',
        'wall ms',
        '/api/ask, same question and history: CPU ms',
        'cost vs that /api/ask (target ≤ 2x)',
        'vs a plain /api/ask',
      ],
      [
        ['/api/ask, no history', chatCost.plainAsk.cpuMs, chatCost.plainAsk.wallMs, chatCost.plainAsk.cpuMs, '1x', '1x'],
        ...chatCost.costs.map((cost) => [
          cost.variant,
          cost.cpuMsPerAnswer,
          cost.wallMsPerAnswer,
          cost.askCpuMsPerAnswer,
          `${cost.vsAsk}x`,
          `${cost.vsPlainAsk}x`,
        ]),
      ],
    ),
    '',
    `Load average (1 / 5 / 15 min) while the costs were measured: ${loadDuring.before} before, ${loadDuring.after} after.`,
    '',
    `In process, per question: whole pipeline ${perQuestion(pipelineMs)} ms, of which tool calls (SQL and catalog lookups) ` +
      `${perQuestion(toolMs)} ms: overhead ratio ${(pipelineMs / toolMs).toFixed(1)}x. Peak server RSS ${rss} MiB. Targets: p50 < 30 ` +
      `ms at 1 client, p99 < 250 ms at 32 clients.`,
  ].join('\n'),
);
console.log(`\n${markdown}`);
