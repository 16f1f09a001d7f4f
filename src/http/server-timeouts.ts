import type { ServerOptions } from 'node:http';
import type { AppConfig } from '../config.ts';

/**
 * Bounds on how slowly a client may send: its headers within HTTP_HEADERS_TIMEOUT_MS, the
 * whole request within HTTP_REQUEST_TIMEOUT_MS (Node answers 408 and closes). Node's defaults
 * (60 s and 300 s) let a slow client hold a connection for minutes. Node checks the timeouts
 * every `connectionsCheckingInterval` (30 s by default, which would stretch a 10 s limit to
 * 40 s), so the check runs every second. How long the answer may take is the request
 * deadline's business (REQUEST_DEADLINE_MS), not these.
 */
export function serverTimeouts(http: AppConfig['http']): ServerOptions {
  return {
    headersTimeout: http.headersTimeoutMs,
    requestTimeout: Math.max(http.requestTimeoutMs, http.headersTimeoutMs),
    connectionsCheckingInterval: 1000,
  };
}
