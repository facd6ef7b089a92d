/** Saved conversations: written by /api/chat under the browser id, listed per browser, readable by link. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/test-app.ts';
import { readChatResponse, userMessage } from '../support/ui-stream.ts';

let context: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  context = await createTestApp();
});
afterAll(() => context.db.close());

const OWNER = 'browser-aaaa-1111';
const OTHER = 'browser-bbbb-2222';
const chat = (body: unknown, owner?: string) =>
  context.app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(owner ? { 'x-client-id': owner } : {}) },
    body: JSON.stringify(body),
  });
const get = async (path: string, owner?: string) => {
  const response = await context.app.request(path, { headers: owner ? { 'x-client-id': owner } : {} });
  return { status: response.status, body: await response.json() };
};

describe('conversations', () => {
  it('saves a finished chat under the browser id, with the answer and its parts', async () => {
    await readChatResponse(await chat({ id: 'conv-1', messages: [userMessage('How exposed are bookkeepers?', 'u1')] }, OWNER));
    const list = await get('/api/conversations', OWNER);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: 'conv-1', title: 'How exposed are bookkeepers?', language: 'en' })]);
    const saved = await get('/api/conversations/conv-1');
    expect(saved.status).toBe(200);
    expect(saved.body.messages.map((message: { role: string }) => message.role)).toEqual(['user', 'assistant']);
    const types = saved.body.messages[1].parts.map((part: { type: string }) => part.type);
    expect(types).toEqual(expect.arrayContaining(['tool-getOccupation', 'text', 'source-document', 'data-grounding']));
  });

  it('appends later turns to the same conversation', async () => {
    const first = await readChatResponse(await chat({ id: 'conv-2', messages: [userMessage('How exposed is Brazil?', 'u1')] }, OWNER));
    await readChatResponse(
      await chat(
        { id: 'conv-2', messages: [userMessage('How exposed is Brazil?', 'u1'), first.message, userMessage('what about women?', 'u2')] },
        OWNER,
      ),
    );
    const saved = await get('/api/conversations/conv-2');
    expect(saved.body.messages).toHaveLength(4);
  });

  it("lists only this browser's conversations and never lets another browser overwrite or delete one", async () => {
    expect((await get('/api/conversations', OTHER)).body.items).toEqual([]);
    await readChatResponse(await chat({ id: 'conv-1', messages: [userMessage('Hijack attempt', 'x1')] }, OTHER));
    expect((await get('/api/conversations/conv-1')).body.title).toBe('How exposed are bookkeepers?');
    const denied = await context.app.request('/api/conversations/conv-1', { method: 'DELETE', headers: { 'x-client-id': OTHER } });
    expect(denied.status).toBe(404);
    const deleted = await context.app.request('/api/conversations/conv-2', { method: 'DELETE', headers: { 'x-client-id': OWNER } });
    expect(deleted.status).toBe(200);
    expect((await get('/api/conversations/conv-2')).status).toBe(404);
  });

  it('saves nothing without a browser id, and rejects malformed ids', async () => {
    await readChatResponse(await chat({ id: 'conv-anon', messages: [userMessage('How exposed are nurses?', 'u1')] }));
    expect((await get('/api/conversations/conv-anon')).status).toBe(404);
    expect((await get('/api/conversations', 'short')).status).toBe(400);
    expect((await get('/api/conversations')).status).toBe(400);
    expect((await get('/api/conversations/has%20space')).status).toBe(400);
    expect((await chat({ id: '../../etc', messages: [userMessage('hi', 'u1')] }, OWNER)).status).toBe(400);
  });
});
