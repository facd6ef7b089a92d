/**
 * The server's REST API, typed from its routes: `api` is Hono's client over the app's own type
 * (server/app.ts), so a renamed route, parameter or field fails the web's type check. Errors arrive as
 * { error: { code, message } } and become ApiError.
 */
import { type ClientRequestOptions, type ClientResponse, hc } from 'hono/client';
import type { App } from '../../../server/app.ts';

export const api = hc<App>('/').api;

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

/** The body of a route's 200 response. */
export type Ok<Response> = Response extends ClientResponse<infer Body, infer Status, 'json'> ? (Status extends 200 ? Body : never) : never;

/** The 200 body of a call, or an ApiError with the server's code and message. */
export async function read<Response extends ClientResponse<unknown, number, 'json'>>(pending: Promise<Response>): Promise<Ok<Response>> {
  const response = await pending;
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string; details?: Record<string, unknown> };
  } | null;
  if (!response.ok)
    throw new ApiError(response.status, body?.error?.code ?? 'error', body?.error?.message ?? response.statusText, body?.error?.details);
  return body as Ok<Response>;
}

/** A GET route of the client (`api.countries[':iso3']`), called with its parameters. */
interface GetRoute<Args, Response> {
  $get(args: Args, options?: ClientRequestOptions): Promise<Response>;
  $path(args?: never): string;
}

/** A GET request: its URL (what a page's data depends on) and how to load it. */
export interface ApiRequest<Body> {
  key: string;
  load: (signal?: AbortSignal) => Promise<Body>;
}

export function get<Args, Response extends ClientResponse<unknown, number, 'json'>>(
  route: GetRoute<Args, Response>,
  args: Args,
): ApiRequest<Ok<Response>> {
  // $path's own signature is generic over the route's parameters, which GetRoute cannot name; Args are those.
  const key = route.$path(args as never);
  return { key, load: (signal) => read(route.$get(args, { init: { signal } })) };
}
