import autocannon from 'autocannon';

export interface LoadResult {
  label: string;
  connections: number;
  requests: number;
  errors: number;
  non2xx: number;
  p50: number;
  p99: number;
  rps: number;
}

/** Drives `paths` round-robin with `connections` concurrent clients for `durationS` seconds. */
export async function load(
  label: string,
  url: string,
  paths: string[],
  connections: number,
  durationS: number,
  method: 'GET' | 'POST' = 'GET',
  body?: (i: number) => string,
): Promise<LoadResult> {
  const requests = paths.map((path, i) => ({
    method,
    path,
    ...(body ? { body: body(i), headers: { 'content-type': 'application/json' } } : {}),
  }));
  const result = await autocannon({ url, connections, duration: durationS, requests, pipelining: 1 });
  return {
    label,
    connections,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
  };
}
