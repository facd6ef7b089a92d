/** Shared test setup for the chat: providers, the captured fixtures, and a fake fetch (no network). */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import type { ChatMessage, ToolName, ToolOutput } from '../../src/api/types.ts';
import { toolCallsOf } from '../../src/chat/message-parts.ts';
import { LanguageProvider } from '../../src/i18n/language.tsx';
import type { Language } from '../../src/i18n/strings.ts';
import { clearReferenceCache } from '../../src/shared/use-cached.ts';

const files = import.meta.glob('./fixtures/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;

/** Saved UI messages of one captured conversation (see fixtures/capture.mjs). */
export function conversation(name: string): ChatMessage[] {
  const found = files[`./fixtures/${name}.json`];
  if (!found) throw new Error(`no fixture ${name}`);
  return structuredClone(found) as ChatMessage[];
}

export function fixtureJson<T>(name: string): T {
  return structuredClone(files[`./fixtures/${name}.json`]) as T;
}

/** The assistant message of a captured conversation. */
export const answerOf = (name: string) => conversation(name).find((message) => message.role === 'assistant')!;

/** One tool's output from a captured conversation. */
export function toolOutput<Name extends ToolName>(name: string, tool: Name): ToolOutput<Name> {
  const call = toolCallsOf(answerOf(name)).find((candidate) => candidate.name === tool);
  if (!call?.data) throw new Error(`no ${tool} in ${name}`);
  return { data: call.data, sources: call.sources } as ToolOutput<Name>;
}

/** Narrows a tool's data to one kind (getOccupation's occupation or group, countryExposure's country). */
export function ofKind<Data extends { kind: string }, Kind extends Data['kind']>(data: Data, kind: Kind): Extract<Data, { kind: Kind }> {
  if (data.kind !== kind) throw new Error(`expected ${kind}, got ${data.kind}`);
  return data as Extract<Data, { kind: Kind }>;
}

export const NOTICES = fixtureJson<{ attribution: Record<string, string>; disclaimer: Record<string, string> }>('sources');

export function renderChat(ui: ReactNode, { language = 'en', route = '/' }: { language?: Language; route?: string } = {}) {
  return render(
    <LanguageProvider initial={language}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </LanguageProvider>,
  );
}

export interface FakeRequest {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
  signal?: AbortSignal | null;
}
type Handler = (request: FakeRequest) => Response | Promise<Response>;

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export const sse = (text: string) => new Response(text, { status: 200, headers: { 'content-type': 'text/event-stream' } });

/** A fetch that answers from `routes` ("GET /api/sources": handler); anything else is a 404, never the network. */
export function fakeFetch(routes: Record<string, Handler>) {
  const calls: FakeRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init.method ?? 'GET').toUpperCase();
    const path = new URL(url, 'http://localhost').pathname;
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const request: FakeRequest = { url: path, method, headers: new Headers(init.headers), body, signal: init.signal };
    calls.push(request);
    const handler =
      routes[`${method} ${path}`] ??
      Object.entries(routes).find(([key]) => key.endsWith('*') && `${method} ${path}`.startsWith(key.slice(0, -1)))?.[1];
    if (!handler) return json({ error: { code: 'not_found', message: `No route ${method} ${path}` } }, 404);
    return handler(request);
  });
  vi.stubGlobal('fetch', fetchMock);
  clearReferenceCache();
  return { fetchMock, calls };
}

/** A stream that sends `text` and then stays open until the request is aborted (to test Stop). */
export function openStream(text: string, signal?: AbortSignal | null) {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      signal?.addEventListener('abort', () => controller.error(new DOMException('The operation was aborted.', 'AbortError')));
    },
  });
  return new Response(stream, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}
