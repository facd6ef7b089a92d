import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openPgliteDb } from '../../server/db/pglite-db.ts';
import { ingest } from '../../server/ingest/ingest.ts';
import { EMBEDDING_DIMENSIONS } from '../../server/retrieval/embedder.ts';
import { type EmbedderConfig, loadEmbedder } from '../../server/retrieval/embedder-factory.ts';
import { searchFindings, searchTasks } from '../../server/retrieval/hybrid-search.ts';
import { smallKnowledge } from '../support/knowledge-copy.ts';
import { type OpenAIStub, startOpenAIStub } from '../support/openai-stub.ts';
import { liveView, openIngestedPglite, openTestDb } from '../support/test-app.ts';

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

  it('orders tied results by id, whatever order the rows are stored in', async () => {
    // Ten unit groups share this task statement word for word: equal vectors, equal text ranks. Rewriting some of
    // the rows moves them to the end of the table, so storage order is no longer id order.
    const statement = 'Establishing and managing budgets, controlling expenditure and ensuring the efficient use of resources';
    const sharing = ['1120-5', '1211-4', '1212-5', '1219-8', '1223-4', '1323-10', '1324-9', '1330-8', '1344-8', '1431-6'];
    const own = await openIngestedPglite();
    try {
      await own.transaction((tx) => tx.query('UPDATE tasks SET text = text WHERE id = ANY($1::text[])', [sharing.slice(0, 5)]));
      const stored = await own.query<{ id: string }>('SELECT id FROM tasks WHERE id = ANY($1::text[])', [sharing]);
      expect(stored.map((row) => row.id)).not.toEqual(sharing);
      const embedder = await loadEmbedder(own, { embedder: 'local' });
      const hits = await searchTasks(own, embedder, statement, { limit: 15 });
      // Near-identical wordings from other unit groups may rank in between; the ten tie with each other.
      expect(hits.map((hit) => hit.id).filter((id) => sharing.includes(id))).toEqual(sharing);
    } finally {
      await own.close();
    }
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
  const knowledgeDir = smallKnowledge();
  let stub: OpenAIStub;
  let fresh: Db;
  let config: EmbedderConfig;
  let result: Awaited<ReturnType<typeof ingest>>;
  beforeAll(async () => {
    stub = await startOpenAIStub();
    config = {
      embedder: 'openai',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: stub.baseURL,
      OPENAI_EMBEDDING_MODEL: 'text-embedding-3-small',
    };
    fresh = await openPgliteDb();
    await migrate(fresh);
    result = await ingest(fresh, { knowledgeDir, embedderConfig: config });
  });
  afterAll(async () => {
    await fresh?.close();
    await stub?.close();
  });

  it('embeds the knowledge with 384-dimension vectors and searches with the same model', async () => {
    expect(result.status).toBe('loaded');
    const embeddingCalls = stub.requests.filter((request) => request.path.endsWith('/embeddings'));
    expect(embeddingCalls.length).toBeGreaterThan(0);
    expect(embeddingCalls[0]!.body).toMatchObject({ model: 'text-embedding-3-small', dimensions: EMBEDDING_DIMENSIONS });
    expect(embeddingCalls[0]!.headers.authorization).toBe('Bearer sk-test');
    const live = await liveView(fresh);
    const [version] = await live.query<{ embedder: string }>('SELECT embedder FROM dataset_version');
    expect(version!.embedder).toBe('openai:text-embedding-3-small/384');

    const embedder = await loadEmbedder(live, config);
    const hits = await searchFindings(live, embedder, 'social dialogue', { language: 'en' });
    expect(hits.length).toBeGreaterThan(0);
  });

  it('re-ingests when the embedder changes, and only then', async () => {
    expect((await ingest(fresh, { knowledgeDir, embedderConfig: config })).status).toBe('unchanged');
    // Stopped as soon as it starts reading the files: a whole second ingest would prove nothing more.
    const reload = ingest(fresh, {
      knowledgeDir,
      embedderConfig: { embedder: 'local' },
      onStep: (step) => {
        if (step === 'read') throw new Error('reloading');
      },
    });
    await expect(reload).rejects.toThrow('reloading');
  });
});
