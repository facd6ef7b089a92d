/**
 * The HTTP server around the app, with the limits a slow or greedy client meets before any route: the
 * request headers and body must arrive within HTTP_HEADERS_TIMEOUT_MS and HTTP_BODY_TIMEOUT_MS (408
 * otherwise; the answer itself may stream for longer), and one address may hold at most
 * MAX_CONNECTIONS_PER_IP connections.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import type { Config } from '../config.ts';

type HttpConfig = Pick<Config, 'PORT' | 'HOST' | 'HTTP_HEADERS_TIMEOUT_MS' | 'HTTP_BODY_TIMEOUT_MS' | 'MAX_CONNECTIONS_PER_IP'>;

export function startHttpServer(
  fetch: (request: Request, env: unknown) => Response | Promise<Response>,
  config: HttpConfig,
  onListening: (port: number) => void,
): ServerType {
  const server = serve(
    {
      fetch,
      port: config.PORT,
      hostname: config.HOST,
      serverOptions: {
        headersTimeout: config.HTTP_HEADERS_TIMEOUT_MS,
        requestTimeout: config.HTTP_BODY_TIMEOUT_MS,
        // How often Node checks those two timeouts (30 s by default, which would stretch a short timeout).
        connectionsCheckingInterval: Math.min(1_000, Math.ceil(config.HTTP_HEADERS_TIMEOUT_MS / 4)),
      },
    },
    (info) => onListening(info.port),
  );
  if (config.MAX_CONNECTIONS_PER_IP > 0) capConnectionsPerAddress(server as Server, config.MAX_CONNECTIONS_PER_IP);
  return server;
}

function capConnectionsPerAddress(server: Server, max: number) {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = (open.get(address) ?? 0) + 1;
    if (count > max) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}
