import { api, get } from '../api/client.ts';
import type { Sources } from '../api/types.ts';

type Notices = Pick<Sources, 'attribution' | 'disclaimer'>;
let notices: Promise<Notices> | null = null;

/** The CC BY attribution and adaptation disclaimer (GET /api/sources), fetched once per page. */
export function loadNotices(): Promise<Notices> {
  notices ??= get(api.sources, {})
    .load()
    .catch((error: unknown) => {
      notices = null;
      throw error;
    });
  return notices;
}

/** For tests: forget the cached notices. */
export function resetNoticesCache(): void {
  notices = null;
}
