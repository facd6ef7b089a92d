import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env.ts';
import { AppError } from '../errors.ts';

/**
 * At most `total` requests in flight on the routes it guards, and at most `perClient` from one client:
 * one client opening thousands at once meets a 429 instead of holding the server's memory.
 */
export function concurrencyLimit(options: { total: number; perClient: number; clientOf: (c: Context<AppEnv>) => string; what: string }) {
  let inFlight = 0;
  const perClient = new Map<string, number>();
  return createMiddleware<AppEnv>(async (c, next) => {
    const client = options.clientOf(c);
    const mine = perClient.get(client) ?? 0;
    if (inFlight >= options.total || mine >= options.perClient) {
      c.header('retry-after', '1');
      throw new AppError(
        'rate_limited',
        `Too many ${options.what} at once (at most ${options.perClient} per client, ${options.total} in all). Retry in a moment.`,
      );
    }
    inFlight += 1;
    perClient.set(client, mine + 1);
    try {
      await next();
    } finally {
      inFlight -= 1;
      const left = (perClient.get(client) ?? 1) - 1;
      if (left > 0) perClient.set(client, left);
      else perClient.delete(client);
    }
  });
}
