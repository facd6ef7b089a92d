/**
 * Lets one MCP server answer every /mcp request. Streamable HTTP in stateless mode needs a fresh transport
 * per request, and an MCP server can be connected to only one transport; building a server per request
 * costs memory and time under load. The multiplexer is the server's single transport: each request's
 * transport is attached to it, and request ids are renamed on the way in (so two clients' id 1 cannot
 * collide) and restored on the way out.
 */
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import {
  isJSONRPCErrorResponse,
  isJSONRPCRequest,
  isJSONRPCResultResponse,
  type JSONRPCMessage,
  type RequestId,
} from '@modelcontextprotocol/sdk/types.js';

interface Route {
  transport: Transport;
  originalId: RequestId;
}

export class RequestMultiplexer implements Transport {
  onmessage?: Transport['onmessage'];
  onclose?: () => void;
  onerror?: (error: Error) => void;
  private nextId = 0;
  private readonly routes = new Map<RequestId, Route>();

  async start() {}

  async close() {
    this.routes.clear();
    this.onclose?.();
  }

  /** The server's replies (and progress notes) go back to the request they belong to, under its own id. */
  async send(message: JSONRPCMessage, options?: { relatedRequestId?: RequestId }) {
    const isResponse = isJSONRPCResultResponse(message) || isJSONRPCErrorResponse(message);
    const internalId = isResponse ? message.id : options?.relatedRequestId;
    const route = internalId === undefined ? undefined : this.routes.get(internalId);
    // Server-initiated messages with no request to answer have nowhere to go over stateless HTTP.
    if (!route) return;
    if (isResponse) {
      this.routes.delete(internalId!);
      await route.transport.send({ ...message, id: route.originalId });
    } else await route.transport.send(message, { relatedRequestId: route.originalId });
  }

  /**
   * Connects one HTTP request's transport. Client notifications are not forwarded: a stateless server
   * keeps no session they could change, and a cancellation names a request id another client could guess.
   */
  attach(transport: Transport) {
    const mine = new Set<RequestId>();
    transport.onmessage = (message, extra) => {
      if (!isJSONRPCRequest(message)) return;
      const internalId = `mcp-${++this.nextId}`;
      this.routes.set(internalId, { transport, originalId: message.id });
      mine.add(internalId);
      this.onmessage?.({ ...message, id: internalId }, extra);
    };
    transport.onclose = () => {
      for (const id of mine) this.routes.delete(id);
    };
  }

  /** Requests waiting for the server's answer (for tests and health). */
  get pending(): number {
    return this.routes.size;
  }
}
