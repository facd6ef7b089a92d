/**
 * Trains the operation classifier from the labelled questions (operation-questions.jsonl): each question
 * is tagged with the lexicon of the current knowledge base and masked, then a multinomial logistic
 * regression is fitted deterministically. Writes operation-classifier.json and prints 5-fold
 * cross-validated accuracy per operation.
 *
 *   npm run understanding:train              # writes knowledge/understanding/operation-classifier.json
 *   npm run understanding:train -- /tmp/x.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../../server/data/catalog.ts';
import type { Queryable } from '../../server/db/db.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openPgliteDb } from '../../server/db/pglite-db.ts';
import { openLiveDataset } from '../../server/ingest/datasets.ts';
import { ingest } from '../../server/ingest/ingest.ts';
import { KNOWLEDGE_DIR } from '../../server/paths.ts';
import { Lexicon } from '../../server/understanding/lexicon.ts';
import { lexiconInput } from '../../server/understanding/load-understanding.ts';
import {
  type ClassifierWeights,
  maskQuestion,
  OPERATIONS,
  type Operation,
  OperationClassifier,
  trainClassifier,
} from '../../server/understanding/operation-classifier.ts';
import { tagQuestion } from '../../server/understanding/tagger.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const CORPUS_FILE = join(HERE, 'operation-questions.jsonl');
export const CLASSIFIER_FILE = join(HERE, 'operation-classifier.json');

interface Labelled {
  text: string;
  language: 'en' | 'zh-TW';
  operation: Operation;
}

export function readCorpus(file = CORPUS_FILE): Labelled[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const row = JSON.parse(line) as Labelled;
      if (!OPERATIONS.includes(row.operation)) throw new Error(`${file}:${i + 1}: unknown operation "${row.operation}"`);
      return row;
    });
}

/** The corpus masked with a lexicon whose known words are the corpus's own (no "typo" is corrected into a job). */
export function maskCorpus(corpus: readonly Labelled[], lexicon: Lexicon) {
  return corpus.map((row) => {
    const tagged = tagQuestion(row.text, lexicon);
    return { masked: maskQuestion(tagged.text, tagged.spans), operation: row.operation, language: row.language };
  });
}

export const serialise = (model: ClassifierWeights) => `${JSON.stringify(model)}\n`;

/** Trains on an ingested knowledge base (its lexicon masks the corpus). */
export async function trainFromDb(db: Queryable) {
  const catalog = await loadCatalog(db);
  const corpus = readCorpus();
  const knownWords = corpus.flatMap((row) => row.text.toLowerCase().match(/[a-z]+/g) ?? []);
  const lexicon = new Lexicon({ ...(await lexiconInput(db, catalog)), knownWords });
  const examples = maskCorpus(corpus, lexicon);
  return { model: trainClassifier(examples), examples };
}

export async function trainFromKnowledge() {
  const db = await openPgliteDb();
  try {
    await migrate(db);
    await ingest(db, { knowledgeDir: KNOWLEDGE_DIR, embedderConfig: { embedder: 'local' } });
    const live = await openLiveDataset(db);
    if (!live) throw new Error('the ingest left no live dataset');
    return await trainFromDb(live.db);
  } finally {
    await db.close();
  }
}

/** Accuracy with 5 folds by position (deterministic), per operation. */
export function crossValidate(examples: readonly { masked: string; operation: Operation }[]) {
  const confusion = new Map<string, number>();
  let right = 0;
  for (let fold = 0; fold < 5; fold++) {
    const model = new OperationClassifier(trainClassifier(examples.filter((_, i) => i % 5 !== fold)));
    examples.forEach((example, i) => {
      if (i % 5 !== fold) return;
      const predicted = model.classify(example.masked).operation;
      if (predicted === example.operation) right++;
      const key = `${example.operation} -> ${predicted}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    });
  }
  return { accuracy: right / examples.length, confusion };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { model, examples } = await trainFromKnowledge();
  const out = process.argv[2] ?? CLASSIFIER_FILE;
  writeFileSync(out, serialise(model));
  console.log(`trained on ${examples.length} questions, ${Object.keys(model.weights).length} features -> ${out}`);
  const { accuracy, confusion } = crossValidate(examples);
  console.log(`5-fold accuracy ${(accuracy * 100).toFixed(1)}%`);
  for (const [key, count] of [...confusion.entries()].sort())
    if (!key.startsWith(`${key.split(' -> ')[1]} ->`)) console.log(`  ${key}: ${count}`);
}
