import pino, { type Logger } from 'pino';
import type { AppConfig } from './config.ts';

export type { Logger };

/** One JSON logger for the process; the level comes from LOG_LEVEL. */
export function createLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: undefined });
}
