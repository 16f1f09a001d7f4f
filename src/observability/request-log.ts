import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger.ts';

/** A request id a client (or a proxy before us) may choose: short, and nothing a log or header could choke on. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Paths polled by probes and scrapers: not worth a log line each. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Every request gets an id: the client's `x-request-id` when it sends a sane one, else a
 * new UUID. It is sent back in `x-request-id` and is on the request's log lines (pino-http:
 * one line when the answer is sent, with status and time, and `req.log`, a child logger
 * bound to the id).
 */
export function requestLogging(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    customAttributeKeys: { reqId: 'requestId' },
    quietReqLogger: true,
    autoLogging: { ignore: (req) => QUIET_PATHS.has(req.url ?? '') },
    // A 5xx is a status, not an exception: no made-up error with a stack on its line.
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'warn' : 'info'),
    serializers: {
      err: () => undefined,
      req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url.slice(0, 200) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  }) as unknown as RequestHandler;
}

const scope = new AsyncLocalStorage<Logger>();

/**
 * Makes the request's logger (bound to its id) the one `requestLogger()` returns for the
 * rest of the request, so that code far from Express (the GraphQL error formatter) logs
 * with the id. Mount it after the body parser: a stream's events do not carry the context.
 */
export const requestScope: RequestHandler = (req, _res, next) => {
  scope.run(req.log, next);
};

export function requestLogger(fallback: Logger): Logger {
  return scope.getStore() ?? fallback;
}
