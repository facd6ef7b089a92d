/**
 * `npm run evals`: every question in evals/questions/*.json through the /api/ask pipeline with the
 * configured model (local by default), scored on tool choice, facts, citation validity, grounding and
 * refusals, per intent and language; writes a JSON and a Markdown report and fails under the gate
 * (fact accuracy < 95% or grounding < 100%).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import type { Catalog } from '../server/data/catalog.ts';
import { KnowledgeBase } from '../server/data/knowledge-base.ts';
import type { Db } from '../server/db/db.ts';
import { openPgliteDb } from '../server/db/pglite-db.ts';
import { createLogger } from '../server/logger.ts';
import { KNOWLEDGE_DIR, ROOT_DIR } from '../server/paths.ts';
import { createServices, prepareKnowledge } from '../server/start.ts';
import type { EvalCase } from './eval-case.ts';
import { table, writeReport } from './perf/report.ts';

export const GATE = { factAccuracy: 0.95, groundingRate: 1 };
const REFUSAL_TEXT = /outside what I can help with|can't change how I work|超出了我能協助的範圍|無法改變運作方式/;

export function loadCases(): EvalCase[] {
  const dir = join(ROOT_DIR, 'evals/questions');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as EvalCase[]);
}

interface CaseResult {
  id: string;
  intent: string;
  language: string;
  toolsOk: boolean;
  factsFound: number;
  factsExpected: number;
  citationsValid: boolean;
  kindsOk: boolean;
  grounded: boolean;
  refusalOk: boolean;
  ms: number;
  failures: string[];
}

/** Whether a cited id names a record that exists in this dataset. */
function citationExists(catalog: Catalog, id: string, findingIds: Set<string>): boolean {
  const [kind, key] = id.includes(':') ? (id.split(/:(.*)/s) as [string, string]) : ['source', id];
  if (kind === 'occupation') return catalog.occupations.has(key);
  if (kind === 'figure') return catalog.figures.some((figure) => figure.id === key);
  if (kind === 'finding') return findingIds.has(key);
  if (kind === 'country') return catalog.countries.has(key);
  if (kind === 'estimate') return key === 'countries' || catalog.countries.has(key) || catalog.estimates.byArea.has(key);
  if (kind === 'sector') {
    const [area = '', sector = ''] = key.split(/:(.*)/s);
    return catalog.sectors.areas.get(area)?.sectors.has(sector) ?? false;
  }
  return catalog.sources.has(key);
}

/**
 * `db`: a database to run on, e.g. the test suite's already ingested one; by default a fresh in-memory PGlite that
 * is migrated and ingested first. Either way it is closed at the end.
 */
export async function runEvals(env: Record<string, string> = {}, db?: Db) {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...process.env, RATE_LIMIT_PER_MINUTE: '0', ...env });
  const database = db ?? (await openPgliteDb());
  const kb = db ? await KnowledgeBase.open(db, config) : await prepareKnowledge(database, config, createLogger('silent'), KNOWLEDGE_DIR);
  try {
    const services = await createServices(kb, config, createLogger('silent'));
    const app = createApp({ config, ...services, logger: createLogger('silent') });
    const catalog = await kb.catalog();
    const findingIds = new Set((await kb.db.query<{ id: string }>('SELECT id FROM findings')).map((row) => row.id));
    const results: CaseResult[] = [];
    for (const testCase of loadCases()) {
      const started = performance.now();
      const response = await app.request('/api/ask', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          question: testCase.question,
          history: (testCase.history ?? []).flatMap((earlier) => [
            { role: 'user', content: earlier },
            { role: 'assistant', content: '…' },
          ]),
        }),
      });
      const ms = performance.now() - started;
      const body = (await response.json()) as {
        answer: string;
        toolCalls: { name: string }[];
        citations: { id: string; kind: string; n: number }[];
        grounding: { numbers: number; unverified: string[] };
      };
      const failures: string[] = [];
      const tools = body.toolCalls?.map((call) => call.name) ?? [];
      const toolsOk = JSON.stringify(tools) === JSON.stringify(testCase.tools);
      if (!toolsOk) failures.push(`tools ${JSON.stringify(tools)} instead of ${JSON.stringify(testCase.tools)}`);
      const missing = testCase.facts.filter((fact) => !body.answer?.includes(fact));
      if (missing.length > 0) failures.push(`missing facts ${JSON.stringify(missing)}`);
      const invalid = (body.citations ?? []).filter((citation) => !citationExists(catalog, citation.id, findingIds));
      if (invalid.length > 0) failures.push(`citations to nothing ${JSON.stringify(invalid.map((citation) => citation.id))}`);
      const kinds = new Set((body.citations ?? []).map((citation) => citation.kind));
      const kindsOk = (testCase.citationKinds ?? []).every((kind) => kinds.has(kind));
      if (!kindsOk) failures.push(`citation kinds ${JSON.stringify([...kinds])} lack ${JSON.stringify(testCase.citationKinds)}`);
      const grounded = response.status === 200 && (body.grounding?.unverified.length ?? 1) === 0;
      if (!grounded) failures.push(`unverified numbers ${JSON.stringify(body.grounding?.unverified)} (status ${response.status})`);
      const refused = tools.length === 0 && REFUSAL_TEXT.test(body.answer ?? '');
      const refusalOk = testCase.refusal ? refused && body.grounding.numbers === 0 : !refused;
      if (!refusalOk) failures.push(testCase.refusal ? 'should have refused without figures' : 'refused a question it should answer');
      results.push({
        id: testCase.id,
        intent: testCase.intent,
        language: testCase.language,
        toolsOk,
        factsFound: testCase.facts.length - missing.length,
        factsExpected: testCase.facts.length,
        citationsValid: invalid.length === 0,
        kindsOk,
        grounded,
        refusalOk,
        ms,
        failures,
      });
    }
    return { model: config.MODEL, results, summary: summarise(results) };
  } finally {
    kb.close();
    await database.close();
  }
}

function summarise(results: CaseResult[]) {
  const share = (pick: (result: CaseResult) => boolean, rows = results) => (rows.length === 0 ? 1 : rows.filter(pick).length / rows.length);
  const metrics = (rows: CaseResult[]) => {
    const latencies = rows.map((result) => result.ms).sort((a, b) => a - b);
    return {
      cases: rows.length,
      toolChoice: share((result) => result.toolsOk, rows),
      factAccuracy:
        rows.reduce((sum, result) => sum + result.factsFound, 0) /
        Math.max(
          1,
          rows.reduce((sum, result) => sum + result.factsExpected, 0),
        ),
      citationValidity: share((result) => result.citationsValid && result.kindsOk, rows),
      groundingRate: share((result) => result.grounded, rows),
      refusalCorrectness: share((result) => result.refusalOk, rows),
      p50Ms: Math.round(latencies[Math.floor(latencies.length / 2)] ?? 0),
      p95Ms: Math.round(latencies[Math.floor(latencies.length * 0.95)] ?? 0),
    };
  };
  const groupBy = (key: 'intent' | 'language') =>
    Object.fromEntries(
      [...new Set(results.map((result) => result[key]))]
        .sort()
        .map((value) => [value, metrics(results.filter((result) => result[key] === value))]),
    );
  return { overall: metrics(results), byIntent: groupBy('intent'), byLanguage: groupBy('language') };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export function reportMarkdown(run: Awaited<ReturnType<typeof runEvals>>): string {
  const row = (name: string, metric: ReturnType<typeof summarise>['overall']) => [
    name,
    metric.cases,
    percent(metric.toolChoice),
    percent(metric.factAccuracy),
    percent(metric.citationValidity),
    percent(metric.groundingRate),
    percent(metric.refusalCorrectness),
    metric.p50Ms,
    metric.p95Ms,
  ];
  const header = ['', 'cases', 'tool choice', 'facts', 'citations', 'grounding', 'refusals', 'p50 ms', 'p95 ms'];
  const failures = run.results.filter((result) => result.failures.length > 0);
  return [
    `Model \`${run.model}\`. Gate: facts ≥ ${percent(GATE.factAccuracy)}, grounding ≥ ${percent(GATE.groundingRate)}.`,
    '',
    table(header, [
      row('all', run.summary.overall),
      ...Object.entries(run.summary.byLanguage).map(([name, metric]) => row(name, metric)),
      ...Object.entries(run.summary.byIntent).map(([name, metric]) => row(name, metric)),
    ]),
    '',
    failures.length === 0
      ? 'No failures.'
      : `Failures (${failures.length}):\n\n${failures.map((result) => `- \`${result.id}\`: ${result.failures.join('; ')}`).join('\n')}`,
  ].join('\n');
}

export const passesGate = (run: Awaited<ReturnType<typeof runEvals>>) =>
  run.summary.overall.factAccuracy >= GATE.factAccuracy && run.summary.overall.groundingRate >= GATE.groundingRate;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log('running the evaluation questions…');
  const run = await runEvals();
  const markdown = reportMarkdown(run);
  writeReport('evals', { model: run.model, summary: run.summary, results: run.results }, markdown);
  console.log(markdown);
  if (!passesGate(run)) {
    console.error('Below the gate.');
    process.exitCode = 1;
  }
}
