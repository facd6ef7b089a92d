/**
 * The offline default: hashed sparse features with TF-IDF weights, folded into 384 dimensions and
 * L2-normalised. Deterministic, no download. Features: English stemmed words, word bigrams and
 * character 3/4-grams (robust to inflection and typos); Chinese character bigrams and characters.
 * The IDF table is learned from the corpus at ingest and stored in the database.
 */
import { EMBEDDING_DIMENSIONS, type Embedder } from './embedder.ts';
import { chineseTerms, englishTerms, normalise } from './text-analysis.ts';

export const LOCAL_EMBEDDER_ID = `local-hash-tfidf-v1/${EMBEDDING_DIMENSIONS}`;

export interface LocalEmbedderState {
  documents: number;
  /** Document frequency by feature hash. */
  documentFrequency: Record<string, number>;
}

const FEATURE_WEIGHTS = { word: 1, bigram: 0.6, chargram: 0.25, han: 0.8, hanChar: 0.3 } as const;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Feature hash -> summed feature-kind weight for one text. */
function features(text: string): Map<number, number> {
  const found = new Map<number, number>();
  const add = (feature: string, weight: number) => {
    const key = fnv1a(feature);
    found.set(key, (found.get(key) ?? 0) + weight);
  };
  const words = englishTerms(text);
  words.forEach((word, i) => {
    add(`w:${word}`, FEATURE_WEIGHTS.word);
    if (i > 0) add(`b:${words[i - 1]}_${word}`, FEATURE_WEIGHTS.bigram);
    const padded = `^${word}$`;
    for (const size of [3, 4])
      for (let j = 0; j + size <= padded.length; j++) add(`c:${padded.slice(j, j + size)}`, FEATURE_WEIGHTS.chargram);
  });
  for (const term of chineseTerms(text)) add(`h:${term}`, term.length > 1 ? FEATURE_WEIGHTS.han : FEATURE_WEIGHTS.hanChar);
  for (const char of normalise(text).match(/\p{Script=Han}/gu) ?? []) add(`hc:${char}`, FEATURE_WEIGHTS.hanChar);
  return found;
}

export function fitLocalEmbedder(corpus: readonly string[]): LocalEmbedderState {
  const documentFrequency: Record<string, number> = {};
  for (const text of corpus) for (const key of features(text).keys()) documentFrequency[key] = (documentFrequency[key] ?? 0) + 1;
  return { documents: corpus.length, documentFrequency };
}

export class LocalEmbedder implements Embedder {
  readonly id = LOCAL_EMBEDDER_ID;
  constructor(private readonly state: LocalEmbedderState) {}

  private idf(key: number): number {
    return Math.log((this.state.documents + 1) / ((this.state.documentFrequency[key] ?? 0) + 1)) + 1;
  }

  embedOne(text: string): number[] {
    const vector = new Array<number>(EMBEDDING_DIMENSIONS).fill(0);
    for (const [key, weight] of features(text)) {
      // log1p gives a sub-linear term frequency; a high hash bit gives each feature a sign, so collisions cancel out on average.
      const sign = (key & 0x80000000) === 0 ? 1 : -1;
      vector[key % EMBEDDING_DIMENSIONS]! += sign * Math.log1p(weight) * this.idf(key);
    }
    const norm = Math.hypot(...vector);
    return norm === 0 ? vector : vector.map((value) => value / norm);
  }

  async embed(texts: readonly string[]): Promise<number[][]> {
    return texts.map((text) => this.embedOne(text));
  }
}
