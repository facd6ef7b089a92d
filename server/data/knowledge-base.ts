import type { Db } from '../db/db.ts';
import { AppError } from '../errors.ts';
import { openLiveDataset } from '../ingest/datasets.ts';
import type { Embedder } from '../retrieval/embedder.ts';
import { type EmbedderConfig, loadEmbedder } from '../retrieval/embedder-factory.ts';
import { type Catalog, loadCatalog } from './catalog.ts';

/** One loaded dataset: the Db that reads its schema, its in-memory catalog and its query embedder. */
interface LoadedDataset {
  schema: string;
  db: Db;
  catalog: Catalog;
  embedder: Embedder;
}

async function loadLiveDataset(base: Db, embedderConfig: EmbedderConfig): Promise<LoadedDataset> {
  const live = await openLiveDataset(base);
  if (!live)
    throw new AppError(
      'unavailable',
      'No dataset has been ingested yet: run `npm run ingest` (or start the server, which ingests on first start).',
    );
  const [catalog, embedder] = await Promise.all([loadCatalog(live.db), loadEmbedder(live.db, embedderConfig)]);
  return { schema: live.dataset.schema, db: live.db, catalog, embedder };
}

/**
 * The live dataset as this server has loaded it, kept in step with the database: `watch` re-checks which dataset is
 * live every interval (another server may have ingested new knowledge) and swaps to it in one step once it is
 * loaded. Until then every request keeps reading the dataset it started with, catalog and tables alike.
 */
export class KnowledgeBase {
  /** Why this server's own knowledge/ could not be ingested, while it serves the last good dataset; null when fine. */
  knowledgeError: string | null = null;
  private stopWatching: () => void = () => {};

  private constructor(
    private readonly base: Db,
    private readonly embedderConfig: EmbedderConfig,
    private loaded: LoadedDataset,
  ) {}

  static async open(db: Db, embedderConfig: EmbedderConfig): Promise<KnowledgeBase> {
    return new KnowledgeBase(db, embedderConfig, await loadLiveDataset(db, embedderConfig));
  }

  /** The database as requests read it: knowledge tables are this dataset's; saved conversations are shared. */
  get db(): Db {
    return this.loaded.db;
  }

  get embedder(): Embedder {
    return this.loaded.embedder;
  }

  async catalog(): Promise<Catalog> {
    return this.loaded.catalog;
  }

  /** Loads the live dataset if it is not the one held; true when it swapped. */
  async refreshIfStale(): Promise<boolean> {
    const live = await openLiveDataset(this.base);
    if (!live || live.dataset.schema === this.loaded.schema) return false;
    this.loaded = await loadLiveDataset(this.base, this.embedderConfig);
    return true;
  }

  /** Re-checks the live dataset every `intervalMs` until close(). */
  watch(intervalMs: number, on: { reloaded?: (version: string) => void; failed?: (error: Error) => void } = {}): void {
    this.stopWatching();
    let checking = false;
    const timer = setInterval(() => {
      if (checking) return;
      checking = true;
      this.refreshIfStale()
        .then((swapped) => swapped && on.reloaded?.(this.loaded.catalog.dataset.version), on.failed)
        .finally(() => (checking = false));
    }, intervalMs);
    // The check never keeps a process alive on its own.
    timer.unref();
    this.stopWatching = () => clearInterval(timer);
  }

  close(): void {
    this.stopWatching();
  }
}
