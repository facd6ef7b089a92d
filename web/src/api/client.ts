/** Talks to the server's REST API; errors arrive as { error: { code, message } } and become ApiError. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Machine-readable extras, e.g. { closest: [...] } with a 404 for an unknown code. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export async function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok)
    throw new ApiError(response.status, body?.error?.code ?? 'error', body?.error?.message ?? response.statusText, body?.error?.details);
  return body as T;
}

export interface SourceRef {
  id: string;
  kind: 'occupation' | 'figure' | 'finding' | 'country' | 'sector' | 'source';
  title: string;
  locator: string;
  url?: string;
  sourceClass?: 'primary' | 'quoted' | 'secondary' | 'derived';
}

/** Attribution and disclaimer text every export must carry (from /api/sources). */
export interface Notices {
  attribution: Record<string, string>;
  disclaimer: Record<string, string>;
}
