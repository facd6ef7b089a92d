import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** The address of the peer on the other end of the socket; in-process requests (tests) have none. */
function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Who a request comes from. Behind `trustedHops` reverse proxies, each proxy appends the address it saw
 * to X-Forwarded-For, so the client is the entry `trustedHops` from the right: everything left of it was
 * written by the client and proves nothing. With no trusted proxy, the socket address.
 */
export function clientAddress(c: Context, trustedHops: number): string {
  if (trustedHops === 0) return socketAddress(c);
  const hops = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  // Fewer hops than proxies: the request did not come through all of them; the leftmost is the best we know.
  return hops.at(-Math.min(trustedHops, hops.length)) ?? socketAddress(c);
}
