/**
 * One client sending one request at a time, timed to the microsecond: autocannon reports whole milliseconds,
 * too coarse to compare two fast endpoints (a data lookup takes well under one).
 */
export interface SequentialRequest {
  path: string;
  /** JSON body; the request is a POST when given. */
  body?: unknown;
}

export interface SequentialLatency {
  requests: number;
  p50: number;
  p99: number;
}

export async function sequentialLatency(url: string, requests: SequentialRequest[], rounds: number): Promise<SequentialLatency> {
  const send = async (request: SequentialRequest) => {
    const response = await fetch(
      `${url}${request.path}`,
      request.body === undefined
        ? {}
        : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request.body) },
    );
    if (!response.ok) throw new Error(`${request.path}: HTTP ${response.status}`);
    await response.arrayBuffer();
  };
  for (const request of requests) await send(request); // warm up: first calls compile code paths
  const timings: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const request of requests) {
      const started = performance.now();
      await send(request);
      timings.push(performance.now() - started);
    }
  }
  timings.sort((a, b) => a - b);
  const at = (quantile: number) => Number(timings[Math.min(timings.length - 1, Math.floor(quantile * timings.length))]!.toFixed(2));
  return { requests: timings.length, p50: at(0.5), p99: at(0.99) };
}
