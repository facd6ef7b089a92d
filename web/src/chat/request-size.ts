/**
 * What the chat sends to /api/chat. The server keeps each saved conversation itself and reads a client's
 * earlier messages only as plain text (for a conversation it has not saved), so every message goes as its
 * text alone: the answer as shown (a repaired answer replaces its draft), never tool results, sources or
 * grounding marks. If even that would exceed the server's body limit (MAX_BODY_BYTES, GET /api/limits),
 * the oldest messages are left out.
 */
import type { ChatMessage, Limits } from '../api/types.ts';
import { displayedAnswer, textOf } from './message-parts.ts';

/** Room for the request's other fields and for JSON that grows on the way: a tenth of the limit. */
export const requestBudget = (limits: Pick<Limits, 'maxBodyBytes'> | null) =>
  limits ? Math.floor(limits.maxBodyBytes * 0.9) : Number.POSITIVE_INFINITY;

const encoder = new TextEncoder();
export const jsonBytes = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

export function requestMessages(messages: ChatMessage[], overheadBytes: number, budget: number): ChatMessage[] {
  const sent = messages
    .filter((message) => message.role === 'user' || message.role === 'assistant')
    .map((message): ChatMessage => {
      const text = message.role === 'assistant' ? displayedAnswer(message).text : textOf(message);
      return { id: message.id, role: message.role, parts: [{ type: 'text', text }] };
    })
    .filter((message, index, all) => index === all.length - 1 || textOf(message) !== '');
  while (sent.length > 1 && jsonBytes(sent) + overheadBytes > budget) sent.shift();
  return sent;
}
