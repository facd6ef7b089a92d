import { api, get } from '../api/client.ts';
import type { Limits } from '../api/types.ts';
import { useCached } from './use-cached.ts';

/** The server's configured limits (GET /api/limits); null until they arrive, and the server checks anyway. */
export const useLimits = (): Limits | null => useCached('limits', () => get(api.limits, {}).load());
