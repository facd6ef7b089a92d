import type { ChatMessage } from '../../src/api/types.ts';
import { jsonBytes, requestBudget, requestMessages } from '../../src/chat/request-size.ts';
import { conversation } from './helpers.tsx';

const turns = (name: string, count: number): ChatMessage[] =>
  Array.from({ length: count }, (_, turn) => conversation(name).map((message) => ({ ...message, id: `${message.id}-${turn}` }))).flat();
const ask: ChatMessage = { id: 'next', role: 'user', parts: [{ type: 'text', text: 'And Chile?' }] };
const onlyText = (message: ChatMessage) => message.parts.every((part) => part.type === 'text');

describe('what the chat sends (the server reads earlier messages as text only)', () => {
  it('sends every message as its text alone: no tool results, sources or grounding marks', () => {
    const messages = [...turns('country', 2), ...turns('findings', 1), ask];
    const sent = requestMessages(messages, 0, requestBudget({ maxBodyBytes: 1_000_000 }));
    expect(sent.map((message) => message.id)).toEqual(messages.map((message) => message.id));
    expect(sent.every(onlyText)).toBe(true);
    expect(sent.at(-1)).toEqual(ask);
    const answer = messages[1]!.parts.find((part) => part.type === 'text') as { text: string };
    expect((sent[1]!.parts[0] as { text: string }).text).toBe(answer.text);
    expect(jsonBytes(sent)).toBeLessThan(jsonBytes(messages) / 4);
    // The page's own copy is not modified.
    expect(messages[1]!.parts.some((part) => part.type === 'source-document')).toBe(true);
  });

  it('leaves out the oldest messages when even the text exceeds the budget, never the question', () => {
    const messages = [...turns('country', 6), ask];
    const all = jsonBytes(requestMessages(messages, 0, Number.POSITIVE_INFINITY));
    const sent = requestMessages(messages, 200, Math.floor(all / 2));
    expect(jsonBytes(sent) + 200).toBeLessThanOrEqual(Math.floor(all / 2));
    expect(sent.length).toBeLessThan(messages.length);
    expect(sent.at(-1)).toEqual(ask);
  });

  it("keeps a tenth of the server's body limit for the request's other fields", () => {
    expect(requestBudget({ maxBodyBytes: 1_000_000 })).toBe(900_000);
    // Before /api/limits has answered, nothing is cut: the server's 413 says what is wrong.
    expect(requestBudget(null)).toBe(Number.POSITIVE_INFINITY);
  });
});
