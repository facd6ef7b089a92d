/**
 * Other models through the same tool loop: a scripted MockLanguageModelV3, and the real @ai-sdk/openai
 * code against a stub HTTP server speaking the OpenAI chat API (tool call, then answer), with the
 * fallback to the local model when the provider fails, hangs or returns garbage.
 */

import type { LanguageModelV3StreamPart } from '@ai-sdk/provider';
import { simulateReadableStream } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { TOOL_NAMES } from '../../server/domain/tool-names.ts';
import { type OpenAIStub, type StubRequest, startOpenAIStub } from '../support/openai-stub.ts';
import { createTestApp, openTestDb } from '../support/test-app.ts';
import { readChatResponse, userMessage } from '../support/ui-stream.ts';

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 1, text: 1, reasoning: undefined },
};
const textResult = (text: string) => ({
  content: [{ type: 'text' as const, text }],
  finishReason: { unified: 'stop' as const, raw: 'stop' },
  usage,
  warnings: [],
});
const toolResult = (toolName: string, input: unknown) => ({
  content: [{ type: 'tool-call' as const, toolCallId: 'call-1', toolName, input: JSON.stringify(input) }],
  finishReason: { unified: 'tool-calls' as const, raw: 'tool_calls' },
  usage,
  warnings: [],
});
const textStream = (text: string) => ({
  stream: simulateReadableStream<LanguageModelV3StreamPart>({
    chunks: [
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: text },
      { type: 'text-end', id: 't' },
      { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
    ],
  }),
});
const toolStream = (toolName: string, input: unknown) => ({
  stream: simulateReadableStream<LanguageModelV3StreamPart>({
    chunks: [
      { type: 'tool-call', toolCallId: 'call-1', toolName, input: JSON.stringify(input) },
      { type: 'finish', finishReason: { unified: 'tool-calls', raw: 'tool_calls' }, usage },
    ],
  }),
});

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

async function ask(app: { request: (path: string, init: RequestInit) => Response | Promise<Response> }, question: string) {
  const response = await app.request('/api/ask', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question }),
  });
  return { status: response.status, body: await response.json() };
}

describe('scripted model (MockLanguageModelV3) through the tool loop', () => {
  it('numbers the sources in the tool output, cites them, and repairs an unverified number once', async () => {
    const model = new MockLanguageModelV3({
      doGenerate: [
        toolResult('getOccupation', { code: '4132' }),
        textResult('Data entry clerks have a 2025 mean task score of 0.70 [1], and 42% of them will be replaced.'),
        textResult('Data entry clerks have a 2025 mean task score of 0.70 [1] (Gradient 4).'),
      ],
    });
    const { app } = await createTestApp(db, {}, { models: (local) => ({ id: 'mock', isLocal: false, forTurn: () => model, local }) });
    const { status, body } = await ask(app, 'How exposed are data entry clerks?');
    expect(status).toBe(200);
    expect(body.toolCalls).toEqual([{ name: 'getOccupation', input: { code: '4132' } }]);
    // What the model saw: the tool result with its sources already numbered.
    const toolMessage = model.doGenerateCalls[1]!.prompt.at(-1)!;
    expect(toolMessage.role).toBe('tool');
    const part = toolMessage.role === 'tool' ? toolMessage.content[0] : undefined;
    expect(part).toMatchObject({ type: 'tool-result', output: { type: 'json' } });
    const output = part?.type === 'tool-result' && part.output.type === 'json' ? part.output.value : null;
    expect(output).toHaveProperty('sources.0', expect.objectContaining({ n: 1, id: 'occupation:4132' }));
    expect(model.doGenerateCalls[0]!.prompt[0]).toMatchObject({ role: 'system' });
    expect(String(model.doGenerateCalls[0]!.prompt[0]!.content)).toContain('Answer language: en');
    // The invented 42% triggered one repair round (the third call); the repaired answer is fully grounded.
    expect(model.doGenerateCalls).toHaveLength(3);
    expect(JSON.stringify(model.doGenerateCalls[2]!.prompt.at(-1))).toContain('42');
    expect(body.answer).toBe('Data entry clerks have a 2025 mean task score of 0.70 [1] (Gradient 4).');
    expect(body.grounding).toMatchObject({ unverified: [], repaired: true });
    expect(body.citations).toEqual([expect.objectContaining({ n: 1, id: 'occupation:4132', kind: 'occupation' })]);
  });

  it('flags unverified numbers when repair is switched off', async () => {
    const model = new MockLanguageModelV3({
      doGenerate: [toolResult('getOccupation', { code: '4132' }), textResult('The mean is 0.70 [1] but 0.99 of tasks are gone.')],
    });
    const { app } = await createTestApp(
      db,
      { GROUNDING_REPAIR: 'off' },
      { models: (local) => ({ id: 'mock', isLocal: false, forTurn: () => model, local }) },
    );
    const { body } = await ask(app, 'How exposed are data entry clerks?');
    expect(body.grounding).toMatchObject({ numbers: 2, verified: 1, unverified: ['0.99'], repaired: false });
    expect(model.doGenerateCalls).toHaveLength(2);
  });

  it('streams the same scripted turn through /api/chat', async () => {
    const model = new MockLanguageModelV3({
      doStream: [toolStream('getOccupation', { code: '4132' }), textStream('Data entry clerks score 0.70 in 2025 [1].')],
    });
    const { app } = await createTestApp(db, {}, { models: (local) => ({ id: 'mock', isLocal: false, forTurn: () => model, local }) });
    const response = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [userMessage('How exposed are data entry clerks?')] }),
    });
    const { message } = await readChatResponse(response);
    expect(message.parts.map((part) => part.type)).toEqual([
      'data-understood',
      'step-start',
      'tool-getOccupation',
      'step-start',
      'text',
      'source-document',
      'data-citations',
      'data-follow-ups',
      'data-grounding',
    ]);
    const grounding = message.parts.at(-1) as { data: { numbers: number; verified: number; model: string } };
    expect(grounding.data).toMatchObject({ numbers: 1, verified: 1, model: 'mock' });
  });
});

/** Server-sent chunks of an OpenAI chat completion stream. */
const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
  id: 'chatcmpl-1',
  object: 'chat.completion.chunk',
  created: 0,
  model: 'stub-model',
  choices: [{ index: 0, delta, finish_reason: finish }],
});
const completion = (message: Record<string, unknown>, finish: string) => ({
  id: 'chatcmpl-1',
  object: 'chat.completion',
  created: 0,
  model: 'stub-model',
  choices: [{ index: 0, message: { role: 'assistant', content: null, ...message }, finish_reason: finish }],
  usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
});
const ANSWER = 'Data entry clerks have a 2025 mean task score of 0.70 [1].';
/** Streams when asked to (/api/chat), answers in one JSON response otherwise (/api/ask). */
const answerOrToolCall = (request: StubRequest) => {
  if (!request.path.endsWith('/chat/completions')) return undefined;
  const hasToolResult = request.body.messages.some((message: { role: string }) => message.role === 'tool');
  if (!request.body.stream) {
    return {
      json: hasToolResult
        ? completion({ content: ANSWER }, 'stop')
        : completion(
            { tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'getOccupation', arguments: '{"code":"4132"}' } }] },
            'tool_calls',
          ),
    };
  }
  if (hasToolResult) return { sse: [chunk({ role: 'assistant', content: ANSWER }), chunk({}, 'stop')] };
  return {
    sse: [
      chunk({
        role: 'assistant',
        tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'getOccupation', arguments: '' } }],
      }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: '{"code":"4132"}' } }] }),
      chunk({}, 'tool_calls'),
    ],
  };
};

describe('OpenAI path (real @ai-sdk/openai against a stub server)', () => {
  let stub: OpenAIStub | undefined;
  afterEach(async () => {
    await stub?.close();
    stub = undefined;
  });
  const openAIApp = (handler: Parameters<typeof startOpenAIStub>[0], env: Record<string, string> = {}) =>
    startOpenAIStub(handler).then((started) => {
      stub = started;
      return createTestApp(db, {
        MODEL: 'openai:stub-model',
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: started.baseURL,
        EMBEDDER: 'local',
        ...env,
      });
    });

  it('calls a tool, then answers with a cited, grounded figure', async () => {
    const { app } = await openAIApp(answerOrToolCall as never);
    const { status, body } = await ask(app, 'How exposed are data entry clerks?');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      model: 'openai:stub-model',
      answer: 'Data entry clerks have a 2025 mean task score of 0.70 [1].',
      grounding: { unverified: [] },
    });
    expect(body.toolCalls).toEqual([{ name: 'getOccupation', input: { code: '4132' } }]);
    const first = stub!.requests.find((request) => request.path.endsWith('/chat/completions'))!;
    expect(first.headers.authorization).toBe('Bearer sk-test');
    expect(first.body).toMatchObject({ model: 'stub-model' });
    // Every call is capped in output tokens (MODEL_MAX_OUTPUT_TOKENS).
    expect(first.body.max_tokens ?? first.body.max_completion_tokens).toBe(2000);
    expect(first.body.tools.map((tool: { function: { name: string } }) => tool.function.name).sort()).toEqual([...TOOL_NAMES].sort());
    expect(first.body.messages[0]).toMatchObject({ role: 'system' });
    const second = stub!.requests.filter((request) => request.path.endsWith('/chat/completions'))[1]!;
    const toolMessage = second.body.messages.find((message: { role: string }) => message.role === 'tool');
    expect(JSON.parse(toolMessage.content).sources[0]).toMatchObject({ n: 1, id: 'occupation:4132' });
  });

  it.each([
    ['a server error', () => ({ status: 500, json: { error: { message: 'upstream exploded' } } })],
    ['garbage instead of a completion', () => ({ status: 200, json: { nonsense: true } })],
  ])('falls back to the local model on %s, and says so', async (_, handler) => {
    const { app } = await openAIApp(handler as never);
    const { status, body } = await ask(app, 'How exposed are data entry clerks?');
    expect(status).toBe(200);
    expect(body.model).toBe('local');
    expect(body.notice).toMatch(/openai:stub-model was unavailable/);
    expect(body.answer).toContain('Data Entry Clerks');
    expect(body.grounding.unverified).toEqual([]);
  });

  it('falls back when the provider hangs past MODEL_TIMEOUT_MS, without hanging the request', async () => {
    const { app } = await openAIApp((() => ({ delayMs: 4_000, status: 500 })) as never, { MODEL_TIMEOUT_MS: '1000' });
    const { body } = await ask(app, 'How exposed are data entry clerks?');
    // One timed-out call, then the local model: the turn waits MODEL_TIMEOUT_MS once, not the provider's 4 s per step.
    expect(stub!.requests.filter((request) => request.path.endsWith('/chat/completions')).length).toBeLessThanOrEqual(1);
    expect(body.model).toBe('local');
    // The provider's error text stays in the log (no wall-clock assertion: the machine may be busy).
    expect(body.notice).toBe('The model openai:stub-model was unavailable, so the built-in local model answered instead.');
  });

  it('after a provider hang, answers the rest of the turn and the next turns locally, waiting for the provider once', async () => {
    // The provider never answers in time; each step of the tool loop used to wait for it again.
    const { app } = await openAIApp((() => ({ delayMs: 5_000, status: 500 })) as never, {
      MODEL_TIMEOUT_MS: '1000',
      MODEL_CIRCUIT_BREAKER_MS: '600000',
    });
    const providerCalls = () => stub!.requests.filter((request) => request.path.endsWith('/chat/completions')).length;
    const streamed = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [userMessage('How exposed are data entry clerks?')] }),
    });
    const { message } = await readChatResponse(streamed);
    const grounding = message.parts.find((part) => part.type === 'data-grounding') as { data: { model: string } };
    expect(grounding.data.model).toBe('local');
    const notice = message.parts.find((part) => part.type === 'data-notice') as { data: { message: string } };
    expect(notice.data.message).toBe('The model openai:stub-model was unavailable, so the built-in local model answered instead.');
    expect(message.parts.map((part) => part.type)).toContain('tool-getOccupation');
    // One wait of MODEL_TIMEOUT_MS for the whole turn, not one per step of the tool loop (three here). On a busy
    // machine the one request may not have reached the stub before the timeout, hence at most one.
    const calls = providerCalls();
    expect(calls).toBeLessThanOrEqual(1);
    // The circuit breaker: the next turn does not wait for the provider at all, and still says so.
    const { body } = await ask(app, 'How exposed are bookkeepers?');
    expect(body.model).toBe('local');
    expect(body.notice).toMatch(/was unavailable/);
    expect(providerCalls()).toBe(calls);
  });

  it("keeps the provider's error text (hosts, accounts, keys) out of the reply, the stream and the saved conversation", async () => {
    const secret = 'Incorrect API key provided: sk-proj-****abcd for account acct_8812 at gateway.internal.example';
    const leaks = /sk-proj|acct_8812|gateway\.internal/;
    const { app } = await openAIApp((() => ({ status: 401, json: { error: { message: secret } } })) as never);
    const { body } = await ask(app, 'How exposed are data entry clerks?');
    expect(body.model).toBe('local');
    expect(JSON.stringify(body)).not.toMatch(leaks);
    const streamed = await readChatResponse(
      await app.request('/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-client-id': 'browser-leak-0001' },
        body: JSON.stringify({ id: 'provider-error-1', messages: [userMessage('How exposed are data entry clerks?')] }),
      }),
    );
    expect(JSON.stringify(streamed.chunks)).toContain('was unavailable');
    expect(JSON.stringify(streamed.chunks)).not.toMatch(leaks);
    expect(await (await app.request('/api/conversations/provider-error-1')).text()).not.toMatch(leaks);
    // With no fallback, the stream ends with a generic error.
    const { app: strict } = await createTestApp(db, {
      MODEL: 'openai:stub-model',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: stub!.baseURL,
      EMBEDDER: 'local',
      MODEL_FALLBACK: 'none',
    });
    const failed = await (
      await strict.request('/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ messages: [userMessage('How exposed are data entry clerks?')] }),
      })
    ).text();
    expect(failed).toContain('"type":"error"');
    expect(failed).not.toMatch(leaks);
  });

  it('returns a clear 502 when the provider fails and fallback is off', async () => {
    const { app } = await openAIApp((() => ({ status: 500, json: { error: { message: 'upstream exploded' } } })) as never, {
      MODEL_FALLBACK: 'none',
    });
    const { status, body } = await ask(app, 'How exposed are data entry clerks?');
    expect(status).toBe(502);
    expect(body.error.code).toBe('model_unavailable');
    expect(body.error.message).toMatch(/could not answer/);
    expect(body.error.message).not.toContain('upstream exploded');
  });
});
