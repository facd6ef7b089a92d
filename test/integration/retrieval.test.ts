import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openPgliteDb } from '../../server/db/pglite-db.ts';
import { ingest } from '../../server/ingest/ingest.ts';
import { KNOWLEDGE_DIR } from '../../server/paths.ts';
import { EMBEDDING_DIMENSIONS } from '../../server/retrieval/embedder.ts';
import { loadEmbedder } from '../../server/retrieval/embedder-factory.ts';
import { searchFindings, searchTasks } from '../../server/retrieval/hybrid-search.ts';
import { type OpenAIStub, startOpenAIStub } from '../support/openai-stub.ts';
import { openTestDb } from '../support/test-app.ts';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

describe('hybrid search over tasks', () => {
  it('finds the task statements closest to a description, within an occupation group', async () => {
    const embedder = await loadEmbedder(db, { embedder: 'local' });
    const hits = await searchTasks(db, embedder, 'typing data into computers from documents', { limit: 5 });
    expect(hits.length).toBe(5);
    expect(hits.some((hit) => hit.occupationCode.startsWith('413'))).toBe(true);
    const clerical = await searchTasks(db, embedder, 'answering customer questions', { codePrefix: '4', limit: 5 });
    expect(clerical.every((hit) => hit.occupationCode.startsWith('4'))).toBe(true);
    // The same query over all groups reaches beyond clerical work: the prefix is what kept it to group 4.
    const everywhere = await searchTasks(db, embedder, 'answering customer questions', { limit: 20 });
    expect(everywhere.some((hit) => !hit.occupationCode.startsWith('4'))).toBe(true);
  });

  it('ranks a task that matches every word above one that matches by meaning only', async () => {
    const embedder = await loadEmbedder(db, { embedder: 'local' });
    const [first] = await searchTasks(db, embedder, 'preparing scientific papers and reports', { limit: 5 });
    expect(first).toMatchObject({ id: '2111-11', occupationCode: '2111', taskNo: 11, text: 'Preparing scientific papers and reports.' });
  });

  it('fuses both lists: a result found by both outranks one found by one', async () => {
    const embedder = await loadEmbedder(db, { embedder: 'local' });
    const hits = await searchFindings(db, embedder, 'clerical work highly exposed tasks', { language: 'en', limit: 5 });
    expect(hits[0]!.topics).toContain('clerical');
    // Two lists of 30 candidates: a card first in both scores 2/(60+1).
    expect(hits[0]!.score).toBeLessThanOrEqual(2 / 61 + 1e-5);
  });
});

describe('OpenAI embedder (stub server speaking the OpenAI API)', () => {
  let stub: OpenAIStub;
  beforeAll(async () => {
    stub = await startOpenAIStub();
  });
  afterAll(() => stub.close());

  it('embeds the knowledge with 384-dimension vectors and searches with the same model', async () => {
    const config = {
      embedder: 'openai' as const,
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: stub.baseURL,
      OPENAI_EMBEDDING_MODEL: 'text-embedding-3-small',
    };
    const fresh = await openPgliteDb();
    try {
      await migrate(fresh);
      const result = await ingest(fresh, { knowledgeDir: KNOWLEDGE_DIR, embedderConfig: config });
      expect(result.status).toBe('loaded');
      const embeddingCalls = stub.requests.filter((request) => request.path.endsWith('/embeddings'));
      expect(embeddingCalls.length).toBeGreaterThan(0);
      expect(embeddingCalls[0]!.body).toMatchObject({ model: 'text-embedding-3-small', dimensions: EMBEDDING_DIMENSIONS });
      expect(embeddingCalls[0]!.headers.authorization).toBe('Bearer sk-test');
      const [version] = await fresh.query<{ embedder: string }>('SELECT embedder FROM dataset_version');
      expect(version!.embedder).toBe('openai:text-embedding-3-small/384');

      const embedder = await loadEmbedder(fresh, config);
      const hits = await searchFindings(fresh, embedder, 'social dialogue', { language: 'en' });
      expect(hits.length).toBeGreaterThan(0);
      // Switching back to the local embedder changes the fingerprint, so the next start re-ingests.
      expect((await ingest(fresh, { knowledgeDir: KNOWLEDGE_DIR, embedderConfig: { embedder: 'local' } })).status).toBe('loaded');
    } finally {
      await fresh.close();
    }
  });
});
