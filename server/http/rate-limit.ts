import type { Context } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import type { AppEnv } from '../app-env.ts';
import { AppError } from '../errors.ts';
import { clientAddress } from './client-address.ts';
import { handleError } from './error-handler.ts';

/** At most `perMinute` requests per client per minute on the routes it guards; 429 with Retry-After beyond. */
export function perClientRateLimit(perMinute: number, trustedHops: number) {
  return rateLimiter<AppEnv>({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    keyGenerator: (c: Context<AppEnv>) => clientAddress(c, trustedHops),
    handler: (c) => {
      c.header('retry-after', '60');
      return handleError(
        new AppError('rate_limited', `Too many requests: at most ${perMinute} a minute. Please wait a moment and try again.`),
        c,
      );
    },
  });
}
