/** /api/ask and /api/chat contracts: response shapes, the UI message stream, and bad input. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, getJson } from '../support/test-app.ts';
import { readChatResponse, userMessage } from '../support/ui-stream.ts';

let context: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  context = await createTestApp();
});
afterAll(() => context.db.close());

const post = (path: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  context.app.request(path, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('POST /api/ask', () => {
  it('returns the documented shape', async () => {
    const response = await post('/api/ask', { question: 'How exposed are data entry clerks?' });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual([
      'answer',
      'citations',
      'followUps',
      'grounding',
      'language',
      'model',
      'toolCalls',
      'understood',
    ]);
    expect(body.understood).toMatchObject({
      operation: 'lookup',
      subjects: [{ kind: 'occupation', id: '4132', fromText: 'data entry clerks' }],
      unused: [],
      clarify: null,
    });
    expect(body.understood.summary).toBe('Answering: exposure of Data Entry Clerks (ISCO-08 4132)');
    expect(body.citations[0]).toEqual(
      expect.objectContaining({
        n: expect.any(Number),
        id: expect.any(String),
        kind: expect.any(String),
        title: expect.any(String),
        locator: expect.any(String),
      }),
    );
    expect(body.toolCalls[0]).toEqual({ name: 'getOccupation', input: { code: '4132', language: 'en' } });
    expect(body.grounding).toMatchObject({ unverified: [], repaired: false });
    expect(body.grounding.numbers).toBe(body.grounding.verified);
    expect(body).toMatchObject({ model: 'local', language: 'en' });
    // Follow-ups are offered as buttons, not written into the answer.
    expect(body.followUps).toEqual(['Which tasks of this occupation are least exposed?', 'Which clerical jobs are most exposed?']);
    expect(body.answer).not.toMatch(/could also ask/i);
  });

  it('never offers the question just asked, or one asked before, as a follow-up', async () => {
    const body = await (
      await post('/api/ask', {
        question: 'Which occupations are least exposed?',
        history: [
          { role: 'user', content: 'How exposed are women compared with men?' },
          { role: 'assistant', content: '…' },
        ],
      })
    ).json();
    expect(body.toolCalls.map((call: { name: string }) => call.name)).toContain('rankOccupations');
    expect(body.followUps).toEqual(['How did the 2025 index change the scores?']);
  });

  it('gives each reading of an ambiguous name the question that picks it, and that question is no longer ambiguous', async () => {
    for (const [question, language] of [
      ['How exposed is a nurse?', 'en'],
      ['護士的暴露程度如何？', 'zh-TW'],
    ] as const) {
      const { understood } = await (await post('/api/ask', { question, language })).json();
      expect(understood.clarify?.options.length, question).toBeGreaterThan(1);
      for (const option of understood.clarify.options) {
        expect(option.question).not.toBe(question);
        expect(option.question).not.toMatch(/\ba [A-Z]/);
        const picked = await (await post('/api/ask', { question: option.question, language })).json();
        expect(picked.understood.clarify, option.question).toBeNull();
        expect(picked.understood.subjects, option.question).toEqual([expect.objectContaining({ kind: option.kind, id: option.id })]);
      }
    }
  });

  it.each([
    ['an empty question', { question: '   ' }, 'question', 'must not be empty'],
    ['a 20,000-character question', { question: 'a'.repeat(20_000) }, 'question', 'at most 2000 characters'],
    ['a question that is not a string', { question: 42 }, 'question', ''],
    ['a missing question', { history: [] }, 'question', ''],
    ['history of the wrong shape', { question: 'hi', history: [{ role: 'robot', content: 'x' }] }, 'history', ''],
    [
      'too much history',
      { question: 'hi', history: Array.from({ length: 101 }, () => ({ role: 'user', content: 'x' })) },
      'history',
      'at most 100',
    ],
    ['an unknown language', { question: 'hi', language: 'fr' }, 'language', ''],
  ])('rejects %s with a 400 naming the field', async (_, body, field, message) => {
    const response = await post('/api/ask', body);
    expect(response.status).toBe(400);
    const json = await response.json();
    expect(json.error.code).toBe('bad_request');
    expect(json.error.message).toContain(`"${field}`);
    expect(json.error.message).toContain(message);
  });

  it('rejects malformed JSON (400) and a body that is not JSON (415)', async () => {
    const malformed = await post('/api/ask', '{"question": "hi"');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe('bad_request');
    const text = await post('/api/ask', 'question=hi', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    const json = await text.json();
    expect(json.error.code).toBe('unsupported_media_type');
  });

  it('answers a follow-up from the history', async () => {
    const response = await post('/api/ask', {
      question: 'and its tasks?',
      history: [
        { role: 'user', content: 'How exposed are payroll clerks?' },
        { role: 'assistant', content: '...' },
      ],
    });
    const body = await response.json();
    expect(body.toolCalls.map((call: { name: string }) => call.name)).toEqual(['getOccupation']);
    expect(body.understood.subjects).toEqual([expect.objectContaining({ kind: 'occupation', id: '4313', fromContext: true })]);
    expect(body.answer).toContain('Payroll Clerks');
  });
});

describe('POST /api/chat', () => {
  it('streams tool parts, the answer, source documents, citations and the grounding result last', async () => {
    const response = await post('/api/chat', {
      id: 'c1',
      trigger: 'submit-message',
      messages: [userMessage('How exposed are bookkeepers?')],
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const { chunks, message } = await readChatResponse(response);
    const types = message.parts.map((part) => part.type);
    // What was understood arrives before the answer text, so the answer can open with it.
    expect(types.indexOf('data-understood')).toBeGreaterThanOrEqual(0);
    expect(types.indexOf('data-understood')).toBeLessThan(types.indexOf('text'));
    expect(types).toContain('tool-getOccupation');
    const tool = message.parts.find((part) => part.type === 'tool-getOccupation') as {
      state: string;
      output: { data: { code: string }; sources: { n: number }[] };
    };
    expect(tool.state).toBe('output-available');
    expect(tool.output.data.code).toBe('4311');
    const text = message.parts
      .filter((part) => part.type === 'text')
      .map((part) => (part as { text: string }).text)
      .join('');
    expect(text).toContain('Accounting and Bookkeeping Clerks');
    const sources = message.parts.filter((part) => part.type === 'source-document');
    expect(sources.map((source) => source.sourceId)).toContain('occupation:4311');
    for (const source of sources) expect(text).toContain(`[${source.providerMetadata?.citation?.n}]`);
    const grounding = message.parts.find((part) => part.type === 'data-grounding') as { data: { unverified: string[]; numbers: number } };
    expect(grounding.data.unverified).toEqual([]);
    expect(grounding.data.numbers).toBeGreaterThan(5);
    const followUps = message.parts.find((part) => part.type === 'data-follow-ups') as { data: string[] };
    expect(followUps.data).toHaveLength(2);
    const dataTypes = chunks.map((chunk) => chunk.type);
    expect(dataTypes.indexOf('data-grounding')).toBeGreaterThan(dataTypes.lastIndexOf('text-delta'));
    expect(dataTypes.at(-1)).toBe('finish');
  });

  it('uses the language the interface asks for', async () => {
    const response = await post('/api/chat', { messages: [userMessage('How exposed are bookkeepers?')], language: 'zh-TW' });
    const { message } = await readChatResponse(response);
    const text = message.parts
      .filter((part) => part.type === 'text')
      .map((part) => (part as { text: string }).text)
      .join('');
    expect(text).toContain('會計及簿記事務人員');
  });

  it('carries a conversation the server has not saved: the earlier turns go back in as text', async () => {
    const first = await readChatResponse(await post('/api/chat', { messages: [userMessage('How exposed is Brazil?', 'u1')] }));
    const second = await readChatResponse(
      await post('/api/chat', {
        messages: [userMessage('How exposed is Brazil?', 'u1'), { ...first.message, id: 'a1' }, userMessage('what about women?', 'u2')],
      }),
    );
    const text = second.message.parts
      .filter((part) => part.type === 'text')
      .map((part) => (part as { text: string }).text)
      .join('');
    expect(text).toContain("women's employment");
  });

  it.each([
    ['no messages', { messages: [] }],
    ['messages that are not UI messages', { messages: [{ role: 'user', content: 'hi' }] }],
    ['a last message without text', { messages: [{ id: 'u1', role: 'user', parts: [] }] }],
    ['a 20,000-character question', { messages: [userMessage('a'.repeat(20_000))] }],
  ])('rejects %s with a 400', async (_, body) => {
    const response = await post('/api/chat', body);
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('bad_request');
  });
});

describe('health reports the model', () => {
  it('says which model answers', async () => {
    expect((await getJson(context.app, '/api/health')).body.model).toBe('local');
  });
});
