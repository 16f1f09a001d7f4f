import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { clientOf } from '../http/load-shedding/client-identity.ts';
import type { Logger } from '../logger.ts';
import { RefusalLog } from './refusal-log.ts';

/** A request id a client (or a proxy before us) may choose: short, and nothing a log or header could choke on. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Paths polled by probes and scrapers: not worth a log line each. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/** Each request's id, for requestScope (set by requestLogging, which runs first). */
const requestIds = new WeakMap<IncomingMessage, string>();

/**
 * Every request gets an id: the client's `x-request-id` when it sends a sane one, else a
 * new UUID. It is sent back in `x-request-id`, and the request's log line, written when the
 * answer is sent or the connection closes, carries it with the method, path, status and time:
 * `{"level":30,"time":…,"requestId":"…","req":{"method":"POST","url":"/graphql"},
 * "res":{"statusCode":200},"responseTime":12,"msg":"request completed"}` (level warn and
 * "request errored" for a 5xx). A 429 (refused) is logged so only as its client's first
 * refusal; the ones after it are counted, one line per client every 10 s (./refusal-log.ts).
 *
 * Written here rather than with pino-http, whose line this is: pino-http made two child
 * loggers per request, one of them binding the whole request through pino's standard
 * serializer (headers copied) before our serializer cut it down, and it was 8 % of the
 * service's CPU per request in a profile of the bench (issue #11); this writes the same line
 * with one call, and makes the request's child logger only when something logs with it.
 */
export function requestLogging(logger: Logger): RequestHandler {
  const refusals = new RefusalLog(logger);
  return (req, res, next) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', id);
    requestIds.set(req, id);
    if (!QUIET_PATHS.has(req.url)) logWhenDone(logger, refusals, id, req, res);
    next();
  };
}

function logWhenDone(logger: Logger, refusals: RefusalLog, requestId: string, req: Parameters<RequestHandler>[0], res: ServerResponse): void {
  const start = Date.now();
  // Now: a router mounted on a path (app.use('/graphql', ...)) shortens req.url while it runs.
  const request = { method: req.method, url: (req.url ?? '').slice(0, 200) };
  const done = () => {
    res.removeListener('finish', done);
    res.removeListener('close', done);
    const { statusCode } = res;
    const line = { requestId, req: request, res: { statusCode }, responseTime: Date.now() - start };
    // A 5xx is a status, not an exception: no made-up error with a stack on its line.
    if (statusCode >= 500) logger.warn(line, 'request errored');
    else if (statusCode === 429) refusals.refused(clientOf(req), line);
    else logger.info(line, 'request completed');
  };
  res.on('finish', done);
  res.on('close', done);
}

/** The request's logger: its id bound, made on first use. */
interface Scope {
  readonly logger: Logger;
  readonly requestId: string | undefined;
  bound?: Logger;
}

const scope = new AsyncLocalStorage<Scope>();

/**
 * Makes the request's logger (bound to its id) the one `requestLogger()` returns for the
 * rest of the request, so that code far from Express (the GraphQL error formatter) logs
 * with the id. Mount it after the body parser: a stream's events do not carry the context.
 */
export function requestScope(logger: Logger): RequestHandler {
  return (req, _res, next) => {
    scope.run({ logger, requestId: requestIds.get(req) }, next);
  };
}

export function requestLogger(fallback: Logger): Logger {
  const s = scope.getStore();
  if (!s) return fallback;
  return (s.bound ??= s.requestId === undefined ? s.logger : s.logger.child({ requestId: s.requestId }));
}
