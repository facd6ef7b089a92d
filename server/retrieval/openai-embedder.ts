import { createOpenAI } from '@ai-sdk/openai';
import { embedMany } from 'ai';
import { EMBEDDING_DIMENSIONS, type Embedder } from './embedder.ts';

/** OpenAI (or any OpenAI-compatible server) embeddings, shortened to the column's 384 dimensions. */
export class OpenAIEmbedder implements Embedder {
  readonly id: string;
  private readonly model;

  constructor(options: { apiKey: string; baseURL?: string; model: string }) {
    this.id = `openai:${options.model}/${EMBEDDING_DIMENSIONS}`;
    this.model = createOpenAI({ apiKey: options.apiKey, baseURL: options.baseURL }).embedding(options.model);
  }

  async embed(texts: readonly string[]): Promise<number[][]> {
    if (texts.length === 0) return [];
    const { embeddings } = await embedMany({
      model: this.model,
      values: [...texts],
      maxRetries: 2,
      providerOptions: { openai: { dimensions: EMBEDDING_DIMENSIONS } },
    });
    return embeddings;
  }
}
