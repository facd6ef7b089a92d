/** Turns texts into unit vectors that live in pgvector columns of this many dimensions. */
export const EMBEDDING_DIMENSIONS = 384;

export interface Embedder {
  /** Stored with the dataset: changing the embedder re-ingests, so documents and queries always match. */
  readonly id: string;
  embed(texts: readonly string[]): Promise<number[][]>;
}

/**
 * Components are rounded to multiples of 2^-11 (at most 2.4e-4 off). pgvector sums products in float32, in an order
 * that depends on the CPU (SIMD width, FMA) and differs in WebAssembly; for unit vectors so rounded every product and
 * partial sum is a multiple of 2^-22 below 2, exact in float32's 24 bits, so distances come out bit-identical on
 * every database and search rankings do not depend on where they run.
 */
const QUANTUM = 2 ** 11;

/** pgvector's text form, accepted by both PGlite and node-postgres as a parameter cast to ::vector. */
export const toVectorLiteral = (vector: readonly number[]) => `[${vector.map((value) => Math.round(value * QUANTUM) / QUANTUM).join(',')}]`;
