/**
 * The one error type the app throws on purpose. `code` is stable and machine-readable;
 * the HTTP status is derived from it in one place, so handlers never pick statuses themselves.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  forbidden: 403,
  not_found: 404,
  no_sector_data: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  model_unavailable: 502,
  unavailable: 503,
  timeout: 504,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra machine-readable detail for the client, e.g. the closest matches of an unknown code. */
    readonly details?: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  get status(): (typeof ERROR_STATUS)[ErrorCode] {
    return ERROR_STATUS[this.code];
  }
}
