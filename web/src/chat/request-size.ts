/**
 * What the chat sends to /api/chat. The server keeps each saved conversation itself and reads a client's
 * earlier messages only as plain text (for a conversation it has not saved), so every message goes as its
 * text alone: the answer as shown (a repaired answer replaces its draft), never tool results, sources or
 * grounding marks. If even that would exceed the server's body limit (MAX_BODY_BYTES, 1 MB by default),
 * the oldest messages are left out.
 */
import type { UIMessage } from 'ai';
import { displayedAnswer, textOf } from './message-parts.ts';

export const REQUEST_BUDGET_BYTES = 900_000;

const encoder = new TextEncoder();
export const jsonBytes = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

export function requestMessages(messages: UIMessage[], overheadBytes = 0, budget = REQUEST_BUDGET_BYTES): UIMessage[] {
  const sent = messages
    .filter((message) => message.role === 'user' || message.role === 'assistant')
    .map((message): UIMessage => {
      const text = message.role === 'assistant' ? displayedAnswer(message).text : textOf(message);
      return { id: message.id, role: message.role, parts: [{ type: 'text', text }] };
    })
    .filter((message, index, all) => index === all.length - 1 || textOf(message) !== '');
  while (sent.length > 1 && jsonBytes(sent) + overheadBytes > budget) sent.shift();
  return sent;
}
