/**
 * /mcp under attack: a flood of event-stream requests (each used to hold a stream and a whole MCP server
 * open, until the process ran out of memory), one client opening many calls at once, clients reusing
 * each other's request ids, and DNS rebinding (a foreign Host or Origin).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { createTestApp, openTestDb } from '../support/test-app.ts';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

const JSON_AND_SSE = { accept: 'application/json, text/event-stream', 'content-type': 'application/json' };
const rpc = (id: number | string, method: string, params: Record<string, unknown> = {}) =>
  JSON.stringify({ jsonrpc: '2.0', id, method, params });
const callTool = (id: number | string, name: string, args: Record<string, unknown>) => rpc(id, 'tools/call', { name, arguments: args });

describe('/mcp flood', () => {
  it(
    'answers thousands of idle event-stream GETs at once with a finished 405 (or 429 over the caps), ' +
      'holding no stream and bounded memory',
    async () => {
      const { app } = await createTestApp(db, { MCP_RATE_LIMIT_PER_MINUTE: '0' });
      const before = process.memoryUsage().heapUsed;
      const responses = await Promise.all(
        Array.from({ length: 3_000 }, () => app.request('http://localhost/mcp', { headers: { accept: 'text/event-stream' } })),
      );
      // Each body must end: an open event stream would never finish reading, and the test would time out.
      const bodies = await Promise.all(responses.map((response) => response.text()));
      const statuses = responses.map((response) => response.status);
      expect(statuses.every((status) => status === 405 || status === 429)).toBe(true);
      expect(JSON.parse(bodies[statuses.indexOf(405)]!).error.code).toBe('method_not_allowed');
      // Far below the ~200 kB each held stream and server used to cost (3,000 of them: ~600 MB).
      expect(process.memoryUsage().heapUsed - before).toBeLessThan(150 * 1024 * 1024);
    },
  );

  it('lets one client have at most MCP_MAX_CONCURRENT_PER_CLIENT calls in flight; the rest get 429 at once', async () => {
    const { app } = await createTestApp(db, { MCP_MAX_CONCURRENT_PER_CLIENT: '3', MCP_RATE_LIMIT_PER_MINUTE: '0' });
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        app.request('http://localhost/mcp', {
          method: 'POST',
          headers: JSON_AND_SSE,
          body: callTool(i, 'searchFindings', { query: 'women clerical work' }),
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(3);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    expect(statuses.every((status) => status === 200 || status === 429)).toBe(true);
    const limited = responses.find((response) => response.status === 429)!;
    expect(limited.headers.get('retry-after')).toBe('1');
    expect((await limited.json()).error.message).toMatch(/at most 3 per client/);
    // Once those are done the client is served again.
    const after = await app.request('http://localhost/mcp', { method: 'POST', headers: JSON_AND_SSE, body: rpc(1, 'tools/list') });
    expect(after.status).toBe(200);
  });

  it('rate-limits /mcp per client per minute', async () => {
    const { app } = await createTestApp(db, { MCP_RATE_LIMIT_PER_MINUTE: '2' });
    const send = () => app.request('http://localhost/mcp', { method: 'POST', headers: JSON_AND_SSE, body: rpc(1, 'tools/list') });
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    const limited = await send();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
  });
});

describe('one MCP server for every request', () => {
  it('keeps concurrent clients that use the same request id apart', async () => {
    const { app } = await createTestApp(db, { MCP_MAX_CONCURRENT_PER_CLIENT: '10' });
    const codes = ['4132', '2221', '4311', '5223', '7212', '2512'];
    const responses = await Promise.all(
      codes.map((code) =>
        app.request('http://localhost/mcp', { method: 'POST', headers: JSON_AND_SSE, body: callTool(1, 'getOccupation', { code }) }),
      ),
    );
    const answered = await Promise.all(responses.map((response) => response.json()));
    expect(answered.map((body) => body.id)).toEqual(codes.map(() => 1));
    expect(answered.map((body) => body.result.structuredContent.data.code)).toEqual(codes);
  });
});

describe('DNS rebinding protection', () => {
  const send = (app: Awaited<ReturnType<typeof createTestApp>>['app'], url: string, headers: Record<string, string> = {}) =>
    app.request(url, { method: 'POST', headers: { ...JSON_AND_SSE, ...headers }, body: rpc(1, 'tools/list') });

  it('refuses a Host the server is not known by, and a foreign browser Origin, with 403', async () => {
    const { app } = await createTestApp(db);
    const rebound = await send(app, 'http://attacker.example:3000/mcp', { origin: 'http://attacker.example:3000' });
    expect(rebound.status).toBe(403);
    expect((await rebound.json()).error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('MCP_ALLOWED_HOSTS') });
    const foreignPage = await send(app, 'http://localhost:3000/mcp', { origin: 'https://evil.example' });
    expect(foreignPage.status).toBe(403);
    expect((await send(app, 'http://127.0.0.1:3000/mcp')).status).toBe(200);
    expect((await send(app, 'http://localhost:3000/mcp', { origin: 'http://localhost:5173' })).status).toBe(200);
  });

  it('serves the names listed in MCP_ALLOWED_HOSTS and the origins in CORS_ORIGINS', async () => {
    const { app } = await createTestApp(db, { MCP_ALLOWED_HOSTS: 'assistant.example.org', CORS_ORIGINS: 'https://partner.example' });
    expect((await send(app, 'https://assistant.example.org/mcp', { origin: 'https://assistant.example.org' })).status).toBe(200);
    expect((await send(app, 'https://assistant.example.org/mcp', { origin: 'https://partner.example' })).status).toBe(200);
    expect((await send(app, 'https://other.example.org/mcp')).status).toBe(403);
  });
});
