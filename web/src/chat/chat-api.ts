/** The chat's calls besides the stream: this browser's id and saved conversations. */
import { api, read } from '../api/client.ts';
import type { ChatMessage } from '../api/types.ts';

const CLIENT_ID_KEY = 'genai-jobs-client-id';
const CLIENT_ID_PATTERN = /^[A-Za-z0-9-]{8,100}$/;

/** A random UUID; crypto.randomUUID only exists on https or localhost, so plain-http self-hosting falls back. */
export function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

let memoryClientId: string | null = null;

/** The anonymous id that owns this browser's conversations (kept in localStorage). */
export function clientId(): string {
  try {
    const stored = localStorage.getItem(CLIENT_ID_KEY);
    if (stored && CLIENT_ID_PATTERN.test(stored)) return stored;
    const created = randomId();
    localStorage.setItem(CLIENT_ID_KEY, created);
    return created;
  } catch {
    // Storage blocked (private mode, policy): the conversations last as long as the page.
    memoryClientId ??= randomId();
    return memoryClientId;
  }
}

const owner = () => ({ 'x-client-id': clientId() });

/** This browser's saved conversations, newest first. */
export const listConversations = async () => (await read(api.conversations.$get({ header: owner() }))).items;

/** A saved conversation, as anyone with its id may read it. */
export async function fetchConversation(id: string, signal?: AbortSignal) {
  const conversation = await read(api.conversations[':id'].$get({ param: { id } }, { init: { signal } }));
  // The saved messages are the chat's own, as JSON: the client types them as JSON-parsed (optional fields widened).
  return { ...conversation, messages: conversation.messages as ChatMessage[] };
}

export async function deleteConversation(id: string): Promise<void> {
  await read(api.conversations[':id'].$delete({ param: { id }, header: owner() }));
}
