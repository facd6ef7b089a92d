import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../app-env.ts';
import { AppError, type ErrorCode } from '../errors.ts';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'bad_request',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'unavailable',
  504: 'timeout',
};

/** The single place errors become responses: always JSON { error: { code, message } }. */
export function handleError(error: Error, c: Context<AppEnv>) {
  if (error instanceof AppError) {
    if (error.status >= 500)
      c.var.deps?.logger.error({
        event: 'error',
        requestId: c.var.requestId,
        code: error.code,
        error: error.message,
        cause: String(error.cause ?? ''),
      });
    return c.json(
      { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } },
      error.status,
    );
  }
  if (error instanceof HTTPException && error.status < 500) {
    const code = CODE_BY_STATUS[error.status] ?? 'bad_request';
    return c.json({ error: { code, message: error.message || code.replace(/_/g, ' ') } }, error.status);
  }
  c.var.deps?.logger.error({ event: 'error', requestId: c.var.requestId, error: error.message, stack: error.stack });
  return c.json({ error: { code: 'internal', message: 'Something went wrong on our side; the error has been logged.' } }, 500);
}
