import pino, { type Logger } from 'pino';

/**
 * One JSON line per event (request, ingest step), to stdout. Written synchronously: the ingest keeps
 * the event loop busy for seconds at a time, and buffered progress lines would only appear at the end.
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ dest: 1, sync: true }));
}

export type { Logger };
