/**
 * A small HTTP server on loopback that speaks enough of the OpenAI API for tests: embeddings, and
 * chat completions scripted per test. It records every request it receives.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubRequest {
  path: string;
  // biome-ignore lint/suspicious/noExplicitAny: the stub records whatever JSON the client sent; tests read the fields they check.
  body: any;
  headers: IncomingMessage['headers'];
}

export interface OpenAIStub {
  baseURL: string;
  requests: StubRequest[];
  close: () => Promise<void>;
}

type Handler = (request: StubRequest) => { status?: number; json?: unknown; sse?: unknown[]; delayMs?: number };

/** Deterministic fake embedding: a few hashed dimensions per word, so equal texts get equal vectors. */
function fakeEmbedding(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const word of text.toLowerCase().split(/\W+/).filter(Boolean)) {
    let hash = 7;
    for (const char of word) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    vector[hash % dimensions]! += 1;
  }
  const norm = Math.hypot(...vector) || 1;
  return vector.map((value) => value / norm);
}

const defaultHandler: Handler = ({ path, body }) => {
  if (path.endsWith('/embeddings')) {
    const inputs: string[] = Array.isArray(body.input) ? body.input : [body.input];
    return {
      json: {
        object: 'list',
        data: inputs.map((input, index) => ({ object: 'embedding', index, embedding: fakeEmbedding(input, body.dimensions ?? 1536) })),
        model: body.model,
        usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
      },
    };
  }
  return { status: 404, json: { error: { message: `stub has no handler for ${path}` } } };
};

export async function startOpenAIStub(handler: Handler = defaultHandler): Promise<OpenAIStub> {
  const requests: StubRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const request: StubRequest = { path: req.url ?? '', body: raw ? JSON.parse(raw) : null, headers: req.headers };
    requests.push(request);
    const reply = handler(request) ?? defaultHandler(request);
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (reply.sse) {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const event of reply.sse) res.write(`data: ${typeof event === 'string' ? event : JSON.stringify(event)}\n\n`);
      res.end('data: [DONE]\n\n');
      return;
    }
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply.json ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
