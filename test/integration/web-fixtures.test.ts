/**
 * The web's component tests read fixtures; this test makes sure they are the real app's answers, so the
 * components are tested against what the server sends today. It asks the real app (PGlite ingested from
 * knowledge/, the local model) every request a fixture stands for and compares. After a change to the
 * data, an API shape or the local model's answers, `UPDATE_FIXTURES=1 npx vitest run test/integration/web-fixtures.test.ts`
 * rewrites them; the diff then shows what the web will see.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { MockLanguageModelV3 } from 'ai/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISCO_MAJOR_GROUPS } from '../../server/domain/areas.ts';
import { EXPLORE_REQUESTS, MAJOR_GROUP_REQUEST } from '../../web/test/explore/fixtures/requests.ts';
import { createTestApp, openTestDb } from '../support/test-app.ts';

const UPDATE = process.env.UPDATE_FIXTURES === '1';
const chatFixture = (name: string) => new URL(`../../web/test/chat/fixtures/${name}`, import.meta.url);
const exploreFixture = (name: string) => new URL(`../../web/test/explore/fixtures/${name}`, import.meta.url);

/** Compares with the committed fixture, or rewrites it with UPDATE_FIXTURES=1 (indented as the folder's files are). */
function matchesFixture(file: URL, actual: unknown) {
  const indent = file.pathname.includes('/explore/') ? 2 : 1;
  const text = typeof actual === 'string' ? actual : `${JSON.stringify(actual, null, indent)}\n`;
  if (UPDATE) writeFileSync(file, text);
  else if (typeof actual === 'string') expect(readFileSync(file, 'utf8')).toBe(text);
  else expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(actual);
}

/** The questions whose saved conversations the chat tests render, asked in their language. */
const QUESTIONS = {
  occupation: ['en', 'How exposed are bookkeepers?'],
  'rank-occupations': ['en', 'Which 5 occupations are most exposed?'],
  compare: ['en', 'Compare bookkeepers and software developers'],
  'group-exposure': ['en', 'What share of employment in high-income countries is exposed?'],
  country: ['en', 'How exposed is Brazil?'],
  'rank-countries': ['en', 'Which 5 countries are most exposed?'],
  findings: ['en', 'What policy advice does the ILO give?'],
  'occupation-zh': ['zh-TW', '會計的暴露程度?'],
  'task-matches': ['en', 'Which occupations involve tasks like writing reports?'],
  'sector-exposure': ['en', 'How exposed is the finance sector in the United States?'],
  'sector-exposure-zh': ['zh-TW', '德國金融業的暴露程度?'],
  'sector-no-data': ['en', 'How exposed is finance in Taiwan?'],
  'rank-sectors': ['en', 'Which sectors in Germany are most exposed?'],
  'sector-occupations': ['en', 'Which occupations in finance in Germany are most exposed?'],
  'define-terms': ['en', 'What does gradient 4 mean?'],
} as const;
const CLIENT = 'fixture-client-0001';

type App = Awaited<ReturnType<typeof createTestApp>>['app'];
let db: Awaited<ReturnType<typeof openTestDb>>;
let app: App;
beforeAll(async () => {
  db = await openTestDb();
  ({ app } = await createTestApp(db));
});
afterAll(() => db.close());

const json = async (path: string) => (await app.request(path)).json();

/** Asks through /api/chat as the web does; returns the stream and the conversation the server saved. */
async function converse(target: App, id: string, language: string, text: string) {
  const response = await target.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-client-id': CLIENT },
    body: JSON.stringify({ id, language, messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text }] }] }),
  });
  const stream = await response.text();
  // The save runs as the stream closes: wait for it rather than for a fixed time.
  for (let attempt = 0; attempt < 50; attempt++) {
    const saved = await target.request(`/api/conversations/${id}`);
    if (saved.status === 200) {
      const { messages } = (await saved.json()) as { messages: { id: string; role: string }[] };
      // The assistant message's id is random: a fixed one keeps the fixtures stable.
      const stable = messages.map((message) => (message.role === 'assistant' ? { ...message, id: 'assistant' } : message));
      return { stream: stream.replace(/"messageId":"[^"]+"/g, '"messageId":"assistant"'), messages: stable };
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`conversation ${id} was not saved`);
}

describe('web component-test fixtures are the real app’s answers', () => {
  it.each(Object.entries(EXPLORE_REQUESTS))('explorer: %s answers %s', async (file, path) => {
    matchesFixture(exploreFixture(file), await json(path));
  });

  it('explorer: the ten major groups in both languages', async () => {
    const groups: Record<string, unknown[]> = {};
    for (const language of ['en', 'zh-TW'])
      groups[language] = await Promise.all(ISCO_MAJOR_GROUPS.map((code) => json(MAJOR_GROUP_REQUEST(code, language))));
    matchesFixture(exploreFixture('major-groups.json'), groups);
  });

  it.each(Object.entries(QUESTIONS))('chat: %s', async (name, [language, question]) => {
    const { stream, messages } = await converse(app, `fixture-${name}`, language, question);
    matchesFixture(chatFixture(`${name}.json`), messages);
    // The raw stream of one answer, for the tests that drive useChat through a fake fetch.
    if (name === 'occupation') matchesFixture(chatFixture('occupation.sse.txt'), stream);
  });

  /** The app with a scripted model (MockLanguageModelV3) for answers the local model does not give. */
  const scripted = async (steps: ReturnType<typeof toolCall>[], env: Record<string, string> = {}) => {
    const model = new MockLanguageModelV3({ doStream: steps });
    return (await createTestApp(db, env, { models: (local) => ({ id: 'mock', isLocal: false, forTurn: () => model, local }) })).app;
  };

  it('chat: an answer with a figure the tool results do not back (scripted, repair off)', async () => {
    const target = await scripted(
      [
        toolCall('getOccupation', { code: '4132', language: 'zh-TW' }),
        answer('根據 2024 年的資料，資料輸入人員 2025 年的平均任務分數為 0.70 [1]，其中 42% 的人將被取代。'),
      ],
      { GROUNDING_REPAIR: 'off' },
    );
    const { messages } = await converse(target, 'fixture-unverified-zh', 'zh-TW', '資料輸入人員的暴露程度？');
    matchesFixture(chatFixture('unverified-zh.json'), messages);
  });

  it('chat: a 1-3 digit group as getOccupation returns it, and the notices exports carry', async () => {
    const { sources, ...group } = await json('/api/occupations/41');
    const numbered = (sources as object[]).map((source, index) => ({ n: index + 1, ...source }));
    matchesFixture(chatFixture('occupation-group.json'), { data: { kind: 'group', ...group }, sources: numbered });
    const { attribution, disclaimer } = await json('/api/sources');
    matchesFixture(chatFixture('sources.json'), { attribution, disclaimer });
  });
});

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 1, text: 1, reasoning: undefined },
};
const streamOf = (chunks: unknown[]) => ({
  stream: new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  }),
});
const toolCall = (toolName: string, input: unknown) =>
  streamOf([
    { type: 'tool-call', toolCallId: 'call-1', toolName, input: JSON.stringify(input) },
    { type: 'finish', finishReason: { unified: 'tool-calls', raw: 'tool_calls' }, usage },
  ]);
const answer = (text: string) =>
  streamOf([
    { type: 'text-start', id: 't' },
    { type: 'text-delta', id: 't', delta: text },
    { type: 'text-end', id: 't' },
    { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
  ]);
