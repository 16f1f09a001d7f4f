import type { ApolloServer, BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { AppConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../observability/metrics.ts';
import { metricsRoute } from '../observability/metrics-route.ts';
import { requestLogging, requestScope } from '../observability/request-log.ts';
import { declaredBodyLimit } from './body-size.ts';
import { exploreRouter } from './explore.ts';
import { jsonError } from './json-error.ts';
import type { BudgetRefusals } from '../graphql/limits/budget-refusals.ts';
import { budgetDoor } from './load-shedding/budget-door.ts';
import { clientOf } from './load-shedding/client-identity.ts';
import { inFlightLimit } from './load-shedding/in-flight.ts';
import { notFoundPath } from './not-found.ts';
import type { Readiness } from './readiness.ts';
import { schemaRoute } from './schema-route.ts';

export interface HttpDeps<Context extends BaseContext> {
  config: AppConfig;
  logger: Logger;
  apollo: ApolloServer<Context>;
  /** Builds the per-request GraphQL context (a fresh GraphReader and DataLoaders) for the client that sent it. */
  context: (client: string) => Context;
  readiness: () => Promise<Readiness>;
  metrics: Metrics;
  /** Clients the cost budget refused, turned away unread until their Retry-After (load-shedding/budget-door.ts). */
  budgetRefusals?: BudgetRefusals;
  /** The printed SDL that GET /schema.graphql serves (absent: introspection is off). */
  schemaSdl?: string;
}

/**
 * The HTTP layer: probes, CORS allow-list, per-client rate limit, in-flight limits (overall and
 * per client: load shedding), request-body limit, the
 * GraphQL endpoint, and the explorer web app at /explore. Everything that is not
 * GraphQL-specific lives here, so that the GraphQL layer (src/graphql) knows nothing of Express.
 */
export function createHttpApp<Context extends BaseContext>(deps: HttpDeps<Context>): Express {
  const { config, apollo } = deps;
  const app = express();
  app.disable('x-powered-by');
  // ETags are set where an answer is cacheable (GraphQL GETs, the schema), never by default.
  app.set('etag', false);
  app.use(requestLogging(deps.logger));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const r = await deps.readiness();
    if (r.ready) res.json({ status: 'ready', seedVersion: r.seedVersion });
    else res.status(503).json({ status: 'unavailable', reason: r.reason });
  });

  app.get('/metrics', metricsRoute(deps.metrics));
  if (deps.schemaSdl !== undefined) app.get('/schema.graphql', schemaRoute(deps.schemaSdl, config.serving.cacheMaxAge));

  app.use(
    '/graphql',
    cors({ origin: config.http.corsOrigins.includes('*') ? true : config.http.corsOrigins, methods: ['GET', 'POST'] }),
    // The door before the requests-a-minute limit: a client it turns away is answered without
    // touching the rate limiter's store or building its headers, and those refusals, which
    // cost the service microseconds, do not use up the client's requests for after its Retry-After.
    ...(deps.budgetRefusals && config.graphql.costPerMinute > 0 ? [budgetDoor(deps.budgetRefusals, config.graphql.costPerMinute)] : []),
    ...(config.http.rateLimitPerMinute > 0 ? [graphqlRateLimit(config.http.rateLimitPerMinute)] : []),
    inFlightLimit(config.http),
    declaredBodyLimit(config.http.bodyLimit),
    express.json({ limit: config.http.bodyLimit }),
    requestScope(deps.logger),
    expressMiddleware(apollo, { context: async ({ req }) => deps.context(clientOf(req)) }),
  );

  // The explorer web app (web/), and the root sends a browser to it.
  app.use('/explore', exploreRouter());
  app.get('/', (_req, res) => res.redirect(302, '/explore/'));

  app.use(notFoundPath);
  app.use(badRequestBody(deps.logger));
  return app;
}

function graphqlRateLimit(perMinute: number) {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, res, _next, options) => {
      res.status(options.statusCode).json(jsonError(`rate limit exceeded: at most ${perMinute} requests a minute per client`, 'RATE_LIMITED'));
    },
  });
}

/**
 * Body-parser failures (malformed JSON, a body over BODY_LIMIT) answered as GraphQL errors
 * with a 4xx status; anything else is a bug, logged, and answered without a stack trace.
 */
function badRequestBody(logger: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const status = typeof err?.status === 'number' ? err.status : 500;
    if (err?.type === 'entity.too.large') {
      res.status(413).json(jsonError(`request body too large: the limit is ${err.limit} bytes`, 'PAYLOAD_TOO_LARGE'));
    } else if (err?.type === 'entity.parse.failed') {
      res.status(400).json(jsonError('request body is not valid JSON', 'BAD_REQUEST'));
    } else if (status >= 400 && status < 500) {
      res.status(status).json(jsonError(String(err?.message ?? 'bad request'), 'BAD_REQUEST'));
    } else {
      logger.error({ err }, 'unhandled error in HTTP layer');
      res.status(500).json(jsonError('internal server error', 'INTERNAL_SERVER_ERROR'));
    }
  };
}
