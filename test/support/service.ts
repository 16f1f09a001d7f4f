import pino from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { startService, type RunningService } from '../../src/service.ts';
import { testConfig } from './neo4j.ts';

/**
 * Starts the whole service (HTTP on an OS-chosen port) against the test Neo4j for the
 * tests of one file, and stops it after them. Returns a getter because the service only
 * exists once beforeAll has run.
 */
export function useService(overrides: Record<string, string> = {}, options: { onLogLine?: (line: string) => void } = {}): () => RunningService {
  let service: RunningService | undefined;
  beforeAll(async () => {
    const config = testConfig({ PORT: '0', ...overrides });
    // With onLogLine, the service logs (at LOG_LEVEL) to it instead of stdout, so a test can read its log.
    const logger = options.onLogLine
      ? pino({ level: config.logLevel, base: undefined }, { write: (line: string) => options.onLogLine!(line) })
      : createLogger(config);
    service = await startService(config, logger);
  });
  afterAll(async () => service?.close());
  return () => {
    if (!service) throw new Error('service not started: call useService() at the top of a describe block');
    return service;
  };
}

/** POSTs a GraphQL request and returns the status and parsed body. */
export async function postGraphQL(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: res.status, body: parsed, headers: res.headers };
}
