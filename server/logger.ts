import pino, { type Logger } from 'pino';

/** One JSON line per event (request, ingest step), to stdout. */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime });
}

export type { Logger };
