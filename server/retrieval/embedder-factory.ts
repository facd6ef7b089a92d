import type { Config } from '../config.ts';
import type { Queryable } from '../db/db.ts';
import { AppError } from '../errors.ts';
import type { Embedder } from './embedder.ts';
import { fitLocalEmbedder, LOCAL_EMBEDDER_ID, LocalEmbedder, type LocalEmbedderState } from './local-embedder.ts';
import { OpenAIEmbedder } from './openai-embedder.ts';

export type EmbedderConfig = Pick<Config, 'embedder'> &
  Partial<Pick<Config, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OPENAI_EMBEDDING_MODEL'>>;

const openAIEmbedder = (config: EmbedderConfig) =>
  new OpenAIEmbedder({
    apiKey: config.OPENAI_API_KEY!,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_EMBEDDING_MODEL ?? 'text-embedding-3-small',
  });

export const embedderIdFor = (config: EmbedderConfig) => (config.embedder === 'local' ? LOCAL_EMBEDDER_ID : openAIEmbedder(config).id);

/** At ingest: the local embedder learns its IDF table from the corpus; that state is stored with the data. */
export function prepareIngestEmbedder(
  config: EmbedderConfig,
  corpus: readonly string[],
): { embedder: Embedder; state: LocalEmbedderState | null } {
  if (config.embedder === 'openai') return { embedder: openAIEmbedder(config), state: null };
  const state = fitLocalEmbedder(corpus);
  return { embedder: new LocalEmbedder(state), state };
}

/** At request time: the same embedder the stored vectors were made with. */
export async function loadEmbedder(db: Queryable, config: EmbedderConfig): Promise<Embedder> {
  if (config.embedder === 'openai') return openAIEmbedder(config);
  const [row] = await db.query<{ data: string }>('SELECT data FROM derived_indexes WHERE name = $1', [`embedder:${LOCAL_EMBEDDER_ID}`]);
  if (!row) throw new AppError('unavailable', 'The search index has not been built yet: run `npm run ingest`.');
  return new LocalEmbedder(JSON.parse(row.data) as LocalEmbedderState);
}
