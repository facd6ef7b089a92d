import { apiGet, type Notices } from '../api/client.ts';

let notices: Promise<Notices> | null = null;

/** The CC BY attribution and adaptation disclaimer (GET /api/sources), fetched once per page. */
export function loadNotices(): Promise<Notices> {
  notices ??= apiGet<Notices>('/api/sources').catch((error: unknown) => {
    notices = null;
    throw error;
  });
  return notices;
}

/** For tests: forget the cached notices. */
export function resetNoticesCache(): void {
  notices = null;
}
