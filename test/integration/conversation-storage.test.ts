/**
 * Saved conversations under pressure: caps per client (count and size) and in total, turns appended
 * rather than rewritten, a conversation id another browser holds, and saves that fail (full disk,
 * broken table) told to the user and shown in /api/health.
 */
import type { LanguageModelV3StreamPart } from '@ai-sdk/provider';
import { simulateReadableStream, type UIMessage } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationStore } from '../../server/data/conversations.ts';
import type { Db } from '../../server/db/db.ts';
import { createTestApp, getJson, openIngestedPglite, openTestDb, testConfig } from '../support/test-app.ts';
import { readChatResponse, userMessage } from '../support/ui-stream.ts';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

type App = Awaited<ReturnType<typeof createTestApp>>['app'];
const chat = (app: App, id: string, text: string, owner: string) =>
  app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-client-id': owner },
    body: JSON.stringify({ id, messages: [userMessage(text)] }),
  });
const ask = async (app: App, id: string, text: string, owner: string) => readChatResponse(await chat(app, id, text, owner));
const listIds = async (app: App, owner: string) =>
  (await getJson<{ items: { id: string }[] }>(app, '/api/conversations', { headers: { 'x-client-id': owner } })).body.items.map(
    (item) => item.id,
  );
const noticesOf = (message: UIMessage) =>
  message.parts.filter((part) => part.type === 'data-notice').map((part) => (part as { data: { message: string } }).data.message);

describe('caps', () => {
  it('keeps at most MAX_CONVERSATIONS_PER_CLIENT conversations per client, dropping the oldest', async () => {
    const { app } = await createTestApp(db, { MAX_CONVERSATIONS_PER_CLIENT: '2' });
    const owner = 'browser-count-cap-1';
    for (const id of ['cap-a', 'cap-b', 'cap-c']) await ask(app, id, 'ISCO 4132', owner);
    expect(await listIds(app, owner)).toEqual(['cap-c', 'cap-b']);
    expect((await app.request('/api/conversations/cap-a')).status).toBe(404);
  });

  it('keeps a client within MAX_CONVERSATION_BYTES_PER_CLIENT, dropping its oldest; a full conversation gets 413', async () => {
    const { app } = await createTestApp(db, { MAX_CONVERSATION_BYTES_PER_CLIENT: '100000' });
    const owner = 'browser-size-cap-1';
    const ids = Array.from({ length: 12 }, (_, i) => `size-${i}`);
    for (const id of ids) await ask(app, id, 'How exposed are bookkeepers?', owner);
    const [row] = await db.query<{ bytes: number; count: number }>(
      'SELECT sum(bytes)::int AS bytes, count(*)::int AS count FROM conversations WHERE owner = $1',
      [owner],
    );
    expect(row!.count).toBeLessThan(ids.length);
    expect(row!.bytes).toBeLessThanOrEqual(100_000);
    expect((await listIds(app, owner))[0]).toBe('size-11');
    // One conversation grown to the cap takes no more turns.
    for (let turn = 0; turn < 12; turn++) {
      const response = await chat(app, 'size-big', 'Compare bookkeepers, nurses, teachers and software developers', owner);
      if (response.status === 413) {
        expect((await response.json()).error.message).toMatch(/storage limit/);
        return;
      }
      await readChatResponse(response);
    }
    throw new Error('the conversation never reached its size limit');
  });

  it('counts the conversations of one client address together, so making up browser ids escapes no cap', async () => {
    const { app } = await createTestApp(db, {
      TRUST_PROXY: 'on',
      MAX_CONVERSATIONS_PER_ADDRESS: '3',
      MAX_CONVERSATION_BYTES_PER_ADDRESS: '0',
    });
    const from = (address: string, id: string, owner: string) =>
      app.request('/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-client-id': owner, 'x-forwarded-for': address },
        body: JSON.stringify({ id, messages: [userMessage('ISCO 4132')] }),
      });
    await readChatResponse(await from('198.51.100.9', 'address-neighbour', 'browser-neighbour-1'));
    // A new browser id for every conversation, all from one address.
    for (let i = 0; i < 6; i++) await readChatResponse(await from('203.0.113.7', `address-rotating-${i}`, `browser-rotating-${i}00`));
    const kept = await db.query<{ id: string }>("SELECT id FROM conversations WHERE id LIKE 'address-%' ORDER BY updated_at DESC, id");
    expect(kept.map((row) => row.id)).toEqual(['address-rotating-5', 'address-rotating-4', 'address-rotating-3', 'address-neighbour']);
  });

  it('keeps one client address within MAX_CONVERSATION_BYTES_PER_ADDRESS, however many browser ids it uses', async () => {
    const { app } = await createTestApp(db, { TRUST_PROXY: 'on', MAX_CONVERSATION_BYTES_PER_ADDRESS: '100000' });
    for (let i = 0; i < 12; i++)
      await readChatResponse(
        await app.request('/api/chat', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-client-id': `browser-bytes-${i}000`, 'x-forwarded-for': '203.0.113.8' },
          body: JSON.stringify({ id: `address-bytes-${i}`, messages: [userMessage('How exposed are bookkeepers?')] }),
        }),
      );
    const [row] = await db.query<{ bytes: number; count: number }>(
      "SELECT sum(bytes)::int AS bytes, count(*)::int AS count FROM conversations WHERE address = '203.0.113.8'",
    );
    expect(row!.count).toBeLessThan(12);
    expect(row!.bytes).toBeLessThanOrEqual(100_000);
    expect((await app.request('/api/conversations/address-bytes-11')).status).toBe(200);
  });

  it('drops the oldest conversations of anyone beyond MAX_CONVERSATION_BYTES_TOTAL, and vacuums', async () => {
    const { app, db: database } = await createTestApp(db, { MAX_CONVERSATION_BYTES_TOTAL: '1000000' });
    for (let i = 0; i < 3; i++) await ask(app, `total-${i}`, 'How exposed are bookkeepers?', `browser-total-${i}000`);
    const store = new ConversationStore(database, { ...testConfig(), MAX_CONVERSATION_BYTES_TOTAL: 1_000_000 });
    await store.maintain();
    const [after] = await database.query<{ bytes: number }>('SELECT coalesce(sum(bytes), 0)::int AS bytes FROM conversations');
    expect(after!.bytes).toBeLessThanOrEqual(1_000_000);
    expect((await app.request('/api/conversations/total-2')).status).toBe(200);
  });

  it('refuses a turn beyond MAX_HISTORY_MESSAGES in a saved conversation with a 400', async () => {
    const { app } = await createTestApp(db, { MAX_HISTORY_MESSAGES: '2' });
    const owner = 'browser-history-cap';
    await ask(app, 'history-cap', 'ISCO 4132', owner);
    const response = await chat(app, 'history-cap', 'and its tasks?', owner);
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/reached 2 messages.*start a new conversation/);
  });
});

describe('appends', () => {
  it('writes each turn as new rows and leaves the earlier ones untouched', async () => {
    const { app } = await createTestApp(db);
    const owner = 'browser-append-01';
    await ask(app, 'append-1', 'How exposed are bookkeepers?', owner);
    const rows = () =>
      db.query<{ seq: number; ctid: string }>(
        "SELECT seq, ctid::text FROM conversation_messages WHERE conversation_id = 'append-1' ORDER BY seq",
      );
    const first = await rows();
    await ask(app, 'append-1', 'and their tasks?', owner);
    const second = await rows();
    expect(second.map((row) => row.seq)).toEqual([0, 1, 2, 3]);
    // Same physical rows: nothing of the first turn was rewritten.
    expect(second.slice(0, 2)).toEqual(first);
  });
});

describe('a conversation id another browser holds', () => {
  it('is refused up front with 409, leaving the conversation as it was', async () => {
    const { app } = await createTestApp(db);
    await ask(app, 'taken-1', 'How exposed are bookkeepers?', 'browser-first-0001');
    const response = await chat(app, 'taken-1', 'Hijack', 'browser-second-002');
    expect(response.status).toBe(409);
    expect((await response.json()).error).toMatchObject({ code: 'conflict', message: expect.stringContaining('another browser') });
    expect((await getJson(app, '/api/conversations/taken-1')).body.messages).toHaveLength(2);
  });

  it('taken while the answer was written: the save is refused and the user is told', async () => {
    const usage = {
      inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
      outputTokens: { total: 1, text: 1, reasoning: undefined },
    };
    let context: Awaited<ReturnType<typeof createTestApp>>;
    const model = new MockLanguageModelV3({
      doStream: async () => {
        // Another browser saves under the same id while this answer is being written.
        await context.conversations.append({
          id: 'taken-2',
          owner: 'browser-quick-0001',
          address: '198.51.100.1',
          language: 'en',
          messages: [userMessage('first!')],
        });
        return {
          stream: simulateReadableStream<LanguageModelV3StreamPart>({
            chunks: [
              { type: 'text-start', id: 't' },
              { type: 'text-delta', id: 't', delta: 'Hello.' },
              { type: 'text-end', id: 't' },
              { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
            ],
          }),
        };
      },
    });
    context = await createTestApp(db, {}, { models: (local) => ({ id: 'mock', isLocal: false, forTurn: () => model, local }) });
    const { message } = await ask(context.app, 'taken-2', 'Hello?', 'browser-slow-00002');
    expect(noticesOf(message)).toEqual([expect.stringContaining('was not saved')]);
    expect((await getJson(context.app, '/api/conversations/taken-2')).body.messages).toEqual([
      expect.objectContaining({ parts: [{ type: 'text', text: 'first!' }] }),
    ]);
  });
});

describe('what the server keeps of the conversations it wrote (embedded database)', () => {
  it('gives the model each earlier turn of a saved conversation as stored, turn after turn', async () => {
    const usage = {
      inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
      outputTokens: { total: 1, text: 1, reasoning: undefined },
    };
    // Answers without figures, which the number check would send back for repair.
    const answers = ['Answer one.', 'Answer two.', 'Answer three.'];
    let turn = 0;
    const model = new MockLanguageModelV3({
      doStream: async () => {
        turn += 1;
        return {
          stream: simulateReadableStream<LanguageModelV3StreamPart>({
            chunks: [
              { type: 'text-start', id: 't' },
              { type: 'text-delta', id: 't', delta: answers[turn - 1]! },
              { type: 'text-end', id: 't' },
              { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
            ],
          }),
        };
      },
    });
    const { app } = await createTestApp(db, {}, { models: (local) => ({ id: 'mock', isLocal: false, forTurn: () => model, local }) });
    for (const question of ['First question?', 'Second question?', 'Third question?']) {
      const { message } = await ask(app, 'kept-1', question, 'browser-kept-0001');
      expect(noticesOf(message)).toEqual([]);
    }
    expect((await getJson<{ messages: UIMessage[] }>(app, '/api/conversations/kept-1')).body.messages).toHaveLength(6);
    // Another browser's copy of the id is refused before answering, as the stored owner says.
    expect((await chat(app, 'kept-1', 'Mine now?', 'browser-other-0002')).status).toBe(409);
    const texts = model.doStreamCalls
      .at(-1)!
      .prompt.map((message) =>
        message.role === 'system'
          ? 'system'
          : `${message.role}: ${(message.content as { text: string }[]).map((part) => part.text).join('')}`,
      );
    expect(texts).toEqual([
      'system',
      'user: First question?',
      'assistant: Answer one.',
      'user: Second question?',
      'assistant: Answer two.',
      'user: Third question?',
    ]);
  });

  it('lets another browser start a conversation under the id of one deleted or dropped by a cap, without its old turns', async () => {
    const { app } = await createTestApp(db, { MAX_CONVERSATIONS_PER_CLIENT: '1' });
    const first = 'browser-left-00001';
    const second = 'browser-next-00002';
    await ask(app, 'reused-1', 'How exposed are bookkeepers?', first);
    const deleted = await app.request('/api/conversations/reused-1', { method: 'DELETE', headers: { 'x-client-id': first } });
    expect(deleted.status).toBe(200);
    // reused-2 is dropped by the cap of one conversation when reused-3 is saved.
    await ask(app, 'reused-2', 'How exposed are bookkeepers?', first);
    await ask(app, 'reused-3', 'How exposed are bookkeepers?', first);
    for (const id of ['reused-1', 'reused-2']) {
      const { message } = await ask(app, id, 'How exposed are nurses?', second);
      expect(noticesOf(message)).toEqual([]);
      const stored = (await getJson<{ messages: UIMessage[] }>(app, `/api/conversations/${id}`)).body.messages;
      expect(stored.map((entry) => entry.role)).toEqual(['user', 'assistant']);
      expect(stored[0]!.parts).toEqual([{ type: 'text', text: 'How exposed are nurses?' }]);
      expect(await listIds(app, second)).toContain(id);
    }
  });
});

describe('failed saves', () => {
  it('tell the user, and show in /api/health until a save succeeds again', async () => {
    // Saves are made to fail by renaming a table: in a database of this test's own (the PostgreSQL at
    // TEST_DATABASE_URL is shared with the other test files).
    const own = await openIngestedPglite();
    try {
      const { app } = await createTestApp(own);
      const owner = 'browser-failing-01';
      expect((await getJson(app, '/api/health')).body).toMatchObject({ storage: { lastSaveError: null } });
      const rename = (from: string, to: string) => own.transaction((tx) => tx.exec(`ALTER TABLE ${from} RENAME TO ${to}`));
      await rename('conversation_messages', 'conversation_messages_away');
      try {
        const { message } = await ask(app, 'fail-1', 'How exposed are bookkeepers?', owner);
        expect(noticesOf(message)).toEqual([expect.stringContaining('could not be saved')]);
        const health = (await getJson(app, '/api/health')).body;
        expect(health.status).toBe('degraded');
        expect(health.storage.lastSaveError.message).toMatch(/conversation_messages/);
      } finally {
        await rename('conversation_messages_away', 'conversation_messages');
      }
      const { message } = await ask(app, 'fail-2', 'How exposed are bookkeepers?', owner);
      expect(noticesOf(message)).toEqual([]);
      expect((await getJson(app, '/api/health')).body.storage.lastSaveError).toBeNull();
    } finally {
      await own.close();
    }
  });
});
