/**
 * The stored answer is the one the client shows: assembleMessage builds, from the chunks of an answer, the
 * message the SDK builds (what useChat shows), for real answers of the local model and for streamed LLM
 * answers with every kind of chunk the server forwards.
 */
import { readUIMessageStream } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleMessage } from '../../server/chat/assemble-message.ts';
import type { ChatChunk, ChatMessage } from '../../server/chat/chat-message.ts';
import { createTestApp } from '../support/test-app.ts';
import { readChatResponse, userMessage } from '../support/ui-stream.ts';

/** What the SDK builds from the chunks, as stored (JSON drops what is undefined). */
async function assembledBySdk(chunks: ChatChunk[]): Promise<unknown> {
  const stream = new ReadableStream<ChatChunk>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  let message: ChatMessage | undefined;
  for await (const assembled of readUIMessageStream<ChatMessage>({ stream })) message = assembled;
  return JSON.parse(JSON.stringify(message));
}
const stored = (message: ChatMessage) => JSON.parse(JSON.stringify(message));

let context: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  context = await createTestApp();
});
afterAll(() => context.db.close());

describe('the stored answer', () => {
  it.each([
    'How exposed are bookkeepers?',
    'Top 10 most exposed jobs',
    'bank tellers vs translators',
    'How exposed are women compared with men?',
    'How exposed is Brazil?',
    'What does the ILO recommend for women?',
    '會計的暴露程度?',
    'How exposed are nurses?',
    "What's the weather in Paris?",
  ])('is the message the client assembles from the local model\'s answer to "%s"', async (question) => {
    const response = await context.app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [userMessage(question)] }),
    });
    const { chunks, message } = await readChatResponse(response);
    // The stream's own end is not part of the answer the server stores.
    expect(stored(assembleMessage(chunks.filter((chunk) => chunk.type !== 'finish')))).toEqual(stored(message));
  });

  it('is the message the SDK assembles from a streamed LLM answer with every kind of chunk the server forwards', async () => {
    // A real understanding, as the server reports it.
    const { chunks: answered } = await readChatResponse(
      await context.app.request('/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ messages: [userMessage('How exposed are bookkeepers?')] }),
      }),
    );
    const understood = answered.find((chunk) => chunk.type === 'data-understood');
    expect(understood).toBeDefined();
    const citation = { n: 1, id: 'occupation:4132', kind: 'occupation' as const, title: 'ISCO-08 4132', locator: 'scores' };
    const chunks: ChatChunk[] = [
      { type: 'start', messageId: 'm1' },
      understood!,
      { type: 'start-step' },
      { type: 'tool-input-start', toolCallId: 'c1', toolName: 'getOccupation', providerMetadata: { openai: { itemId: 'i1' } } },
      { type: 'tool-input-delta', toolCallId: 'c1', inputTextDelta: '{"code":' },
      { type: 'tool-input-delta', toolCallId: 'c1', inputTextDelta: '"4132"}' },
      { type: 'tool-input-available', toolCallId: 'c1', toolName: 'getOccupation', input: { code: '4132' } },
      { type: 'tool-input-start', toolCallId: 'c2', toolName: 'searchFindings' },
      { type: 'tool-input-available', toolCallId: 'c2', toolName: 'searchFindings', input: { query: 'women' }, title: 'Search' },
      { type: 'tool-input-error', toolCallId: 'c3', toolName: 'noSuchTool', input: { x: 1 }, errorText: 'No such tool' },
      { type: 'tool-output-available', toolCallId: 'c1', output: { data: { code: '4132' }, sources: [] } },
      { type: 'tool-output-error', toolCallId: 'c2', errorText: 'An error occurred.' },
      { type: 'finish-step' },
      { type: 'start-step' },
      { type: 'text-start', id: 't1', providerMetadata: { openai: { itemId: 't' } } },
      { type: 'text-delta', id: 't1', delta: 'Data entry clerks ' },
      { type: 'text-delta', id: 't1', delta: 'score 0.70 [1].' },
      { type: 'text-end', id: 't1' },
      { type: 'error', errorText: 'a stream error is reported, not stored' },
      { type: 'finish-step' },
      { type: 'data-notice', id: 'p', data: { message: 'first' } },
      { type: 'data-notice', id: 'p', data: { message: 'replaced' } },
      { type: 'data-notice', data: { message: 'transient' }, transient: true },
      {
        type: 'source-document',
        sourceId: 'occupation:4132',
        mediaType: 'application/json',
        title: 'ISCO-08 4132',
        filename: 'scores',
        providerMetadata: { citation: { n: 1 } },
      },
      { type: 'data-citations', data: [citation] },
      { type: 'data-follow-ups', data: ['How exposed are accountants?'] },
      {
        type: 'data-grounding',
        data: { numbers: 1, verified: 1, unverified: [], excluded: [], repaired: false, model: 'openai', language: 'en' },
      },
      { type: 'data-notice', data: { message: 'not saved', saved: false } },
    ];
    expect(stored(assembleMessage(chunks))).toEqual(await assembledBySdk(chunks));
  });

  it('refuses a chunk it does not know rather than store something else', () => {
    expect(() => assembleMessage([{ type: 'start' }, { type: 'reasoning-start', id: 'r' }])).toThrow(/reasoning-start/);
    expect(() => assembleMessage([{ type: 'start' }, { type: 'text-delta', id: 'never-started', delta: 'x' }])).toThrow(/never-started/);
  });
});
