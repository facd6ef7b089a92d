/**
 * Limits of the HTTP server itself (the real node server on loopback): request headers and bodies that
 * trickle in are cut off with 408, one address cannot hold more than its share of connections, and a
 * missing script under /assets is a 404 rather than the index page.
 */
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import type { ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer } from '../../server/http/http-server.ts';
import { createTestApp } from '../support/test-app.ts';

let context: Awaited<ReturnType<typeof createTestApp>>;
let server: ServerType;
let port: number;
beforeAll(async () => {
  context = await createTestApp(undefined, {
    HTTP_HEADERS_TIMEOUT_MS: '1000',
    HTTP_BODY_TIMEOUT_MS: '1500',
    MAX_CONNECTIONS_PER_IP: '3',
  });
  await new Promise<void>((resolve) => {
    server = startHttpServer(context.app.fetch, { ...context.config, PORT: 0, HOST: '127.0.0.1' }, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await context.db.close();
});

/** A raw connection that records what the server sends and when it hangs up. */
function rawConnection(): Promise<{ socket: Socket; received: () => string; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    let data = '';
    const socket = connect(port, '127.0.0.1');
    const closed = new Promise<void>((done) => socket.once('close', () => done()));
    socket.on('data', (chunk) => {
      data += String(chunk);
    });
    socket.once('error', () => {});
    socket.once('connect', () => resolve({ socket, received: () => data, closed }));
    socket.once('error', reject);
  });
}

describe('slow clients', () => {
  it('answers a body that never finishes arriving with 408 and closes the connection', async () => {
    const connection = await rawConnection();
    connection.socket.write(
      'POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"question":',
    );
    await connection.closed;
    expect(connection.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('answers headers that never finish arriving with 408', async () => {
    const connection = await rawConnection();
    connection.socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    await connection.closed;
    expect(connection.received()).toMatch(/^HTTP\/1\.1 408/);
  });
});

describe('connections per address', () => {
  it('closes connections beyond MAX_CONNECTIONS_PER_IP at once and serves the others', async () => {
    const held = await Promise.all([rawConnection(), rawConnection(), rawConnection()]);
    const extra = await rawConnection();
    await extra.closed;
    expect(extra.received()).toBe('');
    held[0]!.socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    await held[0]!.closed;
    expect(held[0]!.received()).toMatch(/^HTTP\/1\.1 200/);
    for (const connection of held) connection.socket.destroy();
    await Promise.all(held.map((connection) => connection.closed));
    // Capacity is given back as connections close.
    const again = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(again.status).toBe(200);
  });
});

describe('static assets', () => {
  it('answers a missing /assets script with 404, and other paths with the app', async () => {
    const missing = await context.app.request('/assets/index-0000dead.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/json');
    const page = await context.app.request('/explore/occupations');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  });
});
