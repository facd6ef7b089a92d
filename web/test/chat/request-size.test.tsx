import type { UIMessage } from 'ai';
import { citationsOf } from '../../src/chat/message-parts.ts';
import { fitMessages, jsonBytes } from '../../src/chat/request-size.ts';

// A small budget, so a few captured answers exceed it (the real one is the server's body limit).
const BUDGET = 60_000;

import { conversation } from './helpers.tsx';

const turns = (name: string, count: number): UIMessage[] =>
  Array.from({ length: count }, (_, turn) => conversation(name).map((message) => ({ ...message, id: `${message.id}-${turn}` }))).flat();
const ask: UIMessage = { id: 'next', role: 'user', parts: [{ type: 'text', text: 'And Chile?' }] };

describe('request size (the server refuses bodies over 64 KiB)', () => {
  it('sends a conversation that fits unchanged', () => {
    const messages = [...turns('occupation', 2), ask];
    expect(fitMessages(messages)).toBe(messages);
  });

  it('lightens earlier answers, oldest first, until the request fits, keeping their citations', () => {
    const messages = [...turns('country', 6), ...turns('findings', 2), ask];
    expect(jsonBytes(messages)).toBeGreaterThan(BUDGET);
    const fitted = fitMessages(messages, 200, BUDGET);
    expect(jsonBytes(fitted) + 200).toBeLessThanOrEqual(BUDGET);
    expect(fitted).toHaveLength(messages.length);
    expect(fitted.at(-1)).toBe(ask);
    // The oldest answer lost its tool data but not its numbered sources; the newest kept its data.
    const oldest = fitted[1]!.parts.find((part) => part.type === 'tool-countryExposure') as unknown as {
      output: { data: unknown; sources: unknown[] };
    };
    expect(oldest.output.data).toBeNull();
    expect(oldest.output.sources.length).toBeGreaterThan(0);
    expect(citationsOf(fitted[1]!).get(2)?.id).toBe('estimate:BRA');
    const newest = fitted.at(-2)!.parts.find((part) => part.type === 'tool-searchFindings') as unknown as { output: { data: unknown } };
    expect(newest.output.data).not.toBeNull();
    // The text of every answer is untouched.
    expect(fitted.map((message) => message.parts.filter((part) => part.type === 'text'))).toEqual(
      messages.map((message) => message.parts.filter((part) => part.type === 'text')),
    );
    // The page's own copy is not modified.
    expect(messages[1]!.parts.some((part) => part.type === 'source-document')).toBe(true);
  });
});
