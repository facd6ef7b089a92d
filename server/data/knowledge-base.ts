import type { Db } from '../db/db.ts';
import type { Embedder } from '../retrieval/embedder.ts';
import { type EmbedderConfig, loadEmbedder } from '../retrieval/embedder-factory.ts';
import { type Catalog, loadCatalog } from './catalog.ts';

// How often a server re-checks the dataset version, in case another process re-ingested a shared database.
const VERSION_CHECK_MS = 15_000;

/** The database plus its in-memory catalog and query embedder, kept in step with the dataset version. */
export class KnowledgeBase {
  private checkedAt = Date.now();
  private refreshing: Promise<void> | null = null;

  private constructor(
    readonly db: Db,
    private readonly embedderConfig: EmbedderConfig,
    private current: Catalog,
    private currentEmbedder: Embedder,
  ) {}

  static async open(db: Db, embedderConfig: EmbedderConfig): Promise<KnowledgeBase> {
    return new KnowledgeBase(db, embedderConfig, await loadCatalog(db), await loadEmbedder(db, embedderConfig));
  }

  get embedder(): Embedder {
    return this.currentEmbedder;
  }

  /** The catalog; at most every 15 s, one caller also checks whether a newer dataset was ingested. */
  async catalog(): Promise<Catalog> {
    if (Date.now() - this.checkedAt > VERSION_CHECK_MS && !this.refreshing) {
      this.checkedAt = Date.now();
      this.refreshing = this.refreshIfStale().finally(() => (this.refreshing = null));
    }
    return this.current;
  }

  async refreshIfStale(): Promise<void> {
    const [row] = await this.db.query<{ checksum: string }>('SELECT checksum FROM dataset_version');
    if (row && row.checksum !== this.current.dataset.checksum) {
      this.current = await loadCatalog(this.db);
      this.currentEmbedder = await loadEmbedder(this.db, this.embedderConfig);
    }
  }
}
