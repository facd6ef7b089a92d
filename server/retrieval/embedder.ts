/** Turns texts into unit vectors that live in pgvector columns of this many dimensions. */
export const EMBEDDING_DIMENSIONS = 384;

export interface Embedder {
  /** Stored with the dataset: changing the embedder re-ingests, so documents and queries always match. */
  readonly id: string;
  embed(texts: readonly string[]): Promise<number[][]>;
}

/** pgvector's text form, accepted by both PGlite and node-postgres as a parameter cast to ::vector. */
export const toVectorLiteral = (vector: readonly number[]) => `[${vector.map((value) => Number(value.toFixed(6))).join(',')}]`;
