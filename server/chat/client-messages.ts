/**
 * What the server takes from the messages a chat client sends: the new question, and, for a conversation
 * the server has not stored, earlier turns as plain user and assistant text. Everything else a client can
 * put in a message (files, tool results, citations, grounding marks, system instructions) is the
 * server's to produce, so none of it is read from a client.
 */
import { AppError } from '../errors.ts';
import type { ChatMessage } from './chat-message.ts';

export interface ClientMessage {
  id: string;
  role: 'user' | 'assistant';
  parts: unknown[];
}

const textOf = (parts: readonly unknown[]) =>
  parts
    .map((part) => (isText(part) ? part.text : ''))
    .join(' ')
    .trim();

function isText(part: unknown): part is { type: 'text'; text: string } {
  return (
    typeof part === 'object' &&
    part !== null &&
    (part as { type?: unknown }).type === 'text' &&
    typeof (part as { text?: unknown }).text === 'string'
  );
}

/** The new question: the last message, from the user, with text parts only (a file or any other part is refused). */
export function newQuestion(messages: readonly ClientMessage[], maxChars: number): { message: ChatMessage; question: string } {
  const last = messages.at(-1)!;
  if (last.role !== 'user')
    throw new AppError('bad_request', 'Invalid parameter "messages": the last message must be the user\'s question');
  const other = last.parts.find((part) => !isText(part));
  if (other !== undefined) {
    const type = typeof other === 'object' && other !== null ? String((other as { type?: unknown }).type) : typeof other;
    throw new AppError('bad_request', `Invalid parameter "messages": a question may only contain text parts, not "${type.slice(0, 40)}"`);
  }
  const question = textOf(last.parts);
  if (!question) throw new AppError('bad_request', 'Invalid parameter "messages": the last user message has no text');
  if (question.length > maxChars)
    throw new AppError('bad_request', `Invalid parameter "messages": the question must be at most ${maxChars} characters`);
  return { message: { id: last.id, role: 'user', parts: [{ type: 'text', text: question }] }, question };
}

/** An earlier message as the model reads it: its role and plain text (what /api/ask takes as history). */
export interface TextTurn {
  role: 'user' | 'assistant';
  content: string;
}

/** Earlier turns as the client remembers them, reduced to their text. */
export function textHistory(messages: readonly ClientMessage[]): TextTurn[] {
  return messages
    .slice(0, -1)
    .map((message) => ({ role: message.role, content: textOf(message.parts) }))
    .filter((turn) => turn.content !== '');
}
