import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import type { AppEnv } from '../app-env.ts';
import { AppError } from '../errors.ts';
import { handleError } from './error-handler.ts';

/** Who a request counts against: the first X-Forwarded-For hop behind a trusted proxy, else the socket address. */
function clientKey(c: Context<AppEnv>, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  if (forwarded) return forwarded;
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (tests) have no socket.
    return 'unknown';
  }
}

/** At most `perMinute` requests per client per minute on the routes it guards; 429 with Retry-After beyond. */
export function perClientRateLimit(perMinute: number, trustProxy: boolean) {
  return rateLimiter<AppEnv>({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    keyGenerator: (c) => clientKey(c, trustProxy),
    handler: (c) => {
      c.header('retry-after', '60');
      return handleError(
        new AppError('rate_limited', `Too many requests: at most ${perMinute} a minute. Please wait a moment and try again.`),
        c,
      );
    },
  });
}
