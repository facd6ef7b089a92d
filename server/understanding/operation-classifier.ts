/**
 * What is being asked, decided by a multinomial logistic regression over the question with its entities
 * masked (so "How exposed are <occupation>?" is learnt, not "How exposed are nurses?"). Features: English
 * words and word pairs, Chinese character 1-3-grams, and which kinds of entity the question names.
 * Trained at build time (knowledge/understanding/train-operations.ts) from labelled questions in both
 * languages; the weights are a JSON file, so inference is a sparse dot product.
 */
import type { Span } from './entities.ts';

export const OPERATIONS = [
  'lookup',
  'rank',
  'list',
  'compare',
  'change',
  'share',
  'explain',
  'advise',
  'outlook',
  'verify',
  'find_tasks',
  'out_of_scope',
  'help',
] as const;
export type Operation = (typeof OPERATIONS)[number];

export interface ClassifierWeights {
  operations: Operation[];
  /** feature -> one weight per operation (same order), rounded so the file rebuilds byte for byte. */
  weights: Record<string, number[]>;
  bias: number[];
}

export interface Classification {
  operation: Operation;
  confidence: number;
  /** The best two readings with their probabilities, for the gate and for "did you mean". */
  ranked: { operation: Operation; probability: number }[];
}

const HAN_RUN = /\p{Script=Han}+/gu;

/** The placeholder that stands for a span in the classifier's view of the question. */
function placeholder(span: Span): string {
  const best = span.candidates[0]!;
  if (best.kind === 'measure') return ` ⟨m_${best.id}⟩ `;
  if (best.kind === 'study') return ' ⟨study⟩ ';
  if (best.kind === 'income_group' || best.kind === 'region' || best.kind === 'world') return ' ⟨area⟩ ';
  return ` ⟨${best.kind}⟩ `;
}

/** The question with every recognised span replaced by its placeholder, and numbers by ⟨num⟩ / ⟨pct⟩. */
export function maskQuestion(text: string, spans: readonly Span[]): string {
  let masked = '';
  let at = 0;
  for (const span of spans) {
    masked += `${text.slice(at, span.start)}${placeholder(span)}`;
    at = span.end;
  }
  masked += text.slice(at);
  return masked
    .replace(/\d+(?:\.\d+)?\s*(?:%|％|percent|個百分點)/g, ' ⟨pct⟩ ')
    .replace(/(?<![⟨\w])\d+(?:\.\d+)?(?![\w⟩])/g, ' ⟨num⟩ ')
    .replace(/[一二三四五六七八九十兩]分之[一二三四五六七八九十]/g, ' ⟨pct⟩ ');
}

function features(masked: string): string[] {
  const found = new Set<string>();
  const words = masked.match(/⟨[a-z_0-9]+⟩|[a-z]+(?:'[a-z]+)?/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    found.add(`w:${words[i]}`);
    if (i + 1 < words.length) found.add(`b:${words[i]} ${words[i + 1]}`);
  }
  if (words.length > 0) found.add(`first:${words[0]}`);
  for (const run of masked.match(HAN_RUN) ?? []) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) {
      found.add(`c:${chars[i]}`);
      if (i + 1 < chars.length) found.add(`c:${chars[i]}${chars[i + 1]}`);
      if (i + 2 < chars.length) found.add(`c:${chars[i]}${chars[i + 1]}${chars[i + 2]}`);
    }
  }
  for (const kind of masked.match(/⟨[a-z_0-9]+⟩/g) ?? []) found.add(`has:${kind}`);
  const occupations = (masked.match(/⟨occupation⟩/g) ?? []).length + (masked.match(/⟨country⟩/g) ?? []).length;
  if (occupations >= 2) found.add('many:subjects');
  if (/[?？]\s*$/.test(masked)) found.add('end:question');
  const length = words.length + (masked.match(HAN_RUN) ?? []).join('').length / 2;
  found.add(length <= 4 ? 'len:short' : length <= 12 ? 'len:medium' : 'len:long');
  return [...found].sort();
}

export class OperationClassifier {
  /** Every feature the model weighs: its words are ordinary question words, not typos of a job title. */
  readonly vocabulary: ReadonlySet<string>;

  constructor(private readonly model: ClassifierWeights) {
    this.vocabulary = new Set(Object.keys(model.weights));
  }

  knownWords(): string[] {
    return [...this.vocabulary].filter((feature) => /^w:[a-z']+$/.test(feature)).map((feature) => feature.slice(2));
  }

  classify(masked: string): Classification {
    const scores = [...this.model.bias];
    for (const feature of features(masked)) {
      const weights = this.model.weights[feature];
      if (!weights) continue;
      for (let k = 0; k < scores.length; k++) scores[k]! += weights[k]!;
    }
    const probabilities = softmax(scores);
    const ranked = this.model.operations
      .map((operation, k) => ({ operation, probability: probabilities[k]! }))
      .sort((a, b) => b.probability - a.probability);
    return { operation: ranked[0]!.operation, confidence: ranked[0]!.probability, ranked: ranked.slice(0, 3) };
  }
}

/** A deterministic pseudo-random order key (FNV-1a of the text). */
function mixKey(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - max));
  const sum = exps.reduce((total, value) => total + value, 0);
  return exps.map((value) => value / sum);
}

/**
 * Deterministic training: examples in a fixed mixed order, fixed epochs, learning rate decaying per epoch,
 * L2 regularisation, features seen fewer than twice dropped. Returns rounded weights.
 */
export function trainClassifier(input: readonly { masked: string; operation: Operation }[], epochs = 40): ClassifierWeights {
  const operations = [...OPERATIONS];
  // The corpus is grouped by operation; stochastic gradient descent needs them mixed, in a fixed order.
  const examples = [...input].sort((a, b) => mixKey(a.masked) - mixKey(b.masked) || a.masked.localeCompare(b.masked));
  const featureLists = examples.map((example) => features(example.masked));
  const counts = new Map<string, number>();
  for (const list of featureLists) for (const feature of list) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const kept = [...counts.entries()]
    .filter(([, count]) => count >= 2)
    .map(([feature]) => feature)
    .sort();
  const index = new Map(kept.map((feature, i) => [feature, i]));
  const weights = kept.map(() => new Float64Array(operations.length));
  const bias = new Float64Array(operations.length);
  const lambda = 1e-4;
  // Classes weighted by inverse frequency, so a rare operation is not drowned by common ones.
  const perClass = operations.map((operation) => examples.filter((example) => example.operation === operation).length);
  const classWeight = perClass.map((count) => (count === 0 ? 0 : examples.length / (operations.length * count)));
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = 0.5 / (1 + epoch * 0.15);
    for (let e = 0; e < examples.length; e++) {
      const ids = featureLists[e]!.map((feature) => index.get(feature)).filter((id): id is number => id !== undefined);
      const target = operations.indexOf(examples[e]!.operation);
      const scores = Array.from(bias);
      for (const id of ids) for (let k = 0; k < operations.length; k++) scores[k]! += weights[id]![k]!;
      const probabilities = softmax(scores);
      const step = rate * classWeight[target]!;
      for (let k = 0; k < operations.length; k++) {
        const gradient = probabilities[k]! - (k === target ? 1 : 0);
        bias[k]! -= step * gradient;
        for (const id of ids) weights[id]![k]! -= step * (gradient + lambda * weights[id]![k]!);
      }
    }
  }
  const round = (value: number) => Math.round(value * 10_000) / 10_000;
  const out: Record<string, number[]> = {};
  kept.forEach((feature, i) => {
    const rounded = Array.from(weights[i]!, round);
    if (rounded.some((value) => value !== 0)) out[feature] = rounded;
  });
  return { operations, weights: out, bias: Array.from(bias, round) };
}
