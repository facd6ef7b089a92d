import pino, { type Logger } from 'pino';

/**
 * One JSON line per event (request, ingest step), to stdout. Written synchronously: the ingest keeps
 * the event loop busy for seconds at a time, and buffered progress lines would only appear at the end.
 */
export function createLogger(level: string, fd: 1 | 2 = 1): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ dest: fd, sync: true }));
}

export type { Logger };
