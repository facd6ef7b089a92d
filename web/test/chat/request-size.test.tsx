import type { ChatMessage } from '../../src/api/types.ts';
import { citationsOf, toolCallsOf } from '../../src/chat/message-parts.ts';
import { fitMessages, jsonBytes } from '../../src/chat/request-size.ts';

// A small budget, so a few captured answers exceed it (the real one is the server's body limit).
const BUDGET = 60_000;

import { conversation } from './helpers.tsx';

const turns = (name: string, count: number): ChatMessage[] =>
  Array.from({ length: count }, (_, turn) => conversation(name).map((message) => ({ ...message, id: `${message.id}-${turn}` }))).flat();
const ask: ChatMessage = { id: 'next', role: 'user', parts: [{ type: 'text', text: 'And Chile?' }] };

describe('request size (the server refuses bodies over 64 KiB)', () => {
  it('sends a conversation that fits unchanged', () => {
    const messages = [...turns('occupation', 2), ask];
    expect(fitMessages(messages, 200, BUDGET)).toBe(messages);
  });

  it('lightens earlier answers, oldest first, until the request fits, keeping their citations', () => {
    const messages = [...turns('country', 6), ...turns('findings', 2), ask];
    expect(jsonBytes(messages)).toBeGreaterThan(BUDGET);
    const fitted = fitMessages(messages, 200, BUDGET);
    expect(jsonBytes(fitted) + 200).toBeLessThanOrEqual(BUDGET);
    expect(fitted).toHaveLength(messages.length);
    expect(fitted.at(-1)).toBe(ask);
    // The oldest answer lost its tool data but not its numbered sources; the newest kept its data.
    const oldest = toolCallsOf(fitted[1]!).find((call) => call.name === 'countryExposure')!;
    expect(oldest.data).toBeNull();
    expect(oldest.sources.length).toBeGreaterThan(0);
    expect(citationsOf(fitted[1]!).get(2)?.id).toBe('estimate:BRA');
    const newest = toolCallsOf(fitted.at(-2)!).find((call) => call.name === 'searchFindings')!;
    expect(newest.data).not.toBeNull();
    // The text of every answer is untouched.
    expect(fitted.map((message) => message.parts.filter((part) => part.type === 'text'))).toEqual(
      messages.map((message) => message.parts.filter((part) => part.type === 'text')),
    );
    // The page's own copy is not modified.
    expect(messages[1]!.parts.some((part) => part.type === 'source-document')).toBe(true);
  });
});
