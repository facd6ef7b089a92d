/**
 * One MCP server per app: building it registers every tool (and turns each zod schema into JSON Schema),
 * which is work a /mcp request must not repeat.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { createMcpServer } from '../../server/mcp/mcp-server.ts';
import { createTestApp, openTestDb } from '../support/test-app.ts';

vi.mock('../../server/mcp/mcp-server.ts', async (original) => {
  const actual = await original<typeof import('../../server/mcp/mcp-server.ts')>();
  return { ...actual, createMcpServer: vi.fn(actual.createMcpServer) };
});

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

describe('the MCP server', () => {
  it('is built once when the app is made, not per /mcp request', async () => {
    const { app } = await createTestApp(db, { MCP_RATE_LIMIT_PER_MINUTE: '0' });
    expect(createMcpServer).toHaveBeenCalledTimes(1);
    for (let id = 1; id <= 3; id++) {
      const response = await app.request('http://localhost/mcp', {
        method: 'POST',
        headers: { accept: 'application/json, text/event-stream', 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/list', params: {} }),
      });
      expect(response.status).toBe(200);
      expect((await response.json()).result.tools).toHaveLength(13);
    }
    expect(createMcpServer).toHaveBeenCalledTimes(1);
  });
});
