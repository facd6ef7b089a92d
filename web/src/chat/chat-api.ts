/** The chat's calls besides the stream: this browser's id and saved conversations. */
import type { UIMessage } from 'ai';
import { ApiError, apiGet, type Notices } from '../api/client.ts';

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

export interface ConversationSummary {
  id: string;
  title: string;
  language: string;
  updatedAt: string;
}

export interface SavedConversation extends ConversationSummary {
  createdAt: string;
  messages: UIMessage[];
}

async function send<T>(path: string, init: RequestInit): Promise<T> {
  const response = await fetch(path, init);
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body?.error?.code ?? 'error', body?.error?.message ?? response.statusText);
  return body as T;
}

export async function listConversations(signal?: AbortSignal): Promise<ConversationSummary[]> {
  const body = await send<{ items: ConversationSummary[] }>('/api/conversations', {
    signal,
    headers: { accept: 'application/json', 'x-client-id': clientId() },
  });
  return body.items;
}

export const fetchConversation = (id: string, signal?: AbortSignal) =>
  apiGet<SavedConversation>(`/api/conversations/${encodeURIComponent(id)}`, signal);

export async function deleteConversation(id: string): Promise<void> {
  await send(`/api/conversations/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    headers: { accept: 'application/json', 'x-client-id': clientId() },
  });
}
