import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Driver } from 'neo4j-driver';
import type { AppConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { CircuitBreaker } from '../neo4j/circuit-breaker.ts';
import { GraphReader } from '../neo4j/graph-reader.ts';
import type { Metrics } from '../observability/metrics.ts';
import { metricsPlugin } from '../observability/metrics-plugin.ts';
import { cachePolicyPlugin } from './caching/cache-policy.ts';
import { httpCachingPlugin } from './caching/http-caching.ts';
import type { AuditCache } from './caching/audit-cache.ts';
import { responseCache } from './caching/response-cache.ts';
import type { SeedVersion } from './caching/seed-version.ts';
import type { RequestContext } from './context.ts';
import { createFormatError } from './errors/format-error.ts';
import { httpStatusPlugin } from './errors/http-status.ts';
import type { BudgetRefusals } from './limits/budget-refusals.ts';
import { costLimitPlugin } from './limits/cost-limit.ts';
import { heavyGatePlugin } from './limits/heavy-gate.ts';
import { knownOperationTypeRule } from './known-operation-type-rule.ts';
import { shapeLimitRules } from './limits/shape-limits.ts';
import { resolvers } from './resolvers/index.ts';
import { warningsPlugin } from './warnings/warnings-plugin.ts';
import { loadTypeDefs } from './schema.ts';

export type { RequestContext };

/** What the GraphQL layer needs from the process: made once at start-up and shared by every request. */
export interface GraphQLDeps {
  config: AppConfig;
  /** The one driver of the process; requests share its connection pool. */
  driver: Driver;
  database: string;
  logger: Logger;
  /** What a served process adds (src/service.ts); tests of the GraphQL layer alone go without. */
  serving?: ServingDeps;
}

export interface ServingDeps {
  /** The seed the graph holds: part of cache keys and ETags. */
  seedVersion: SeedVersion;
  metrics: Metrics;
  /** One per driver: every request's GraphReader fails fast while it is open. */
  breaker: CircuitBreaker;
  /** The audit's report of the current seed, made once per seed version. */
  auditCache: AuditCache;
  /** Clients the cost budget refused, until their Retry-After: the HTTP layer turns them away unread. */
  budgetRefusals?: BudgetRefusals;
}

/**
 * The Apollo server: schema-first (schema/*.graphql) with typed resolvers, every request
 * limit checked before any Cypher runs (tokens at parse; depth, aliases, directives at
 * validation; cost once the variables are known), coded errors without stack traces
 * outside development, and the Sandbox landing page and field suggestions in development only.
 */
export function createApolloServer(deps: GraphQLDeps): ApolloServer<RequestContext> {
  const { config, logger } = deps;
  const development = config.env === 'development';
  const auditCached = () => deps.serving?.auditCache.warm ?? false;
  return new ApolloServer<RequestContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    logger,
    parseOptions: { maxTokens: config.graphql.maxTokens },
    validationRules: [knownOperationTypeRule, ...shapeLimitRules(config.graphql)],
    introspection: config.serving.introspection,
    hideSchemaDetailsFromClientErrors: config.env === 'production',
    includeStacktraceInErrorResponses: development,
    formatError: createFormatError(config, logger),
    // src/main.ts owns SIGTERM/SIGINT and stops in order (HTTP drain, Apollo, Neo4j); Apollo's
    // own handlers would stop it a second time, concurrently, and the shutdown never ended.
    stopOnTerminationSignals: false,
    plugins: [
      // Every answer may be cached for CACHE_MAX_AGE: the graph changes only when a seed loads.
      // Apollo's own cache-control plugin (installed unless disabled) hooks every field for that.
      ApolloServerPluginCacheControlDisabled(),
      cachePolicyPlugin(config.serving.cacheMaxAge),
      // An audit whose report is held costs what it answers, not a read of the graph (and is not heavy).
      costLimitPlugin(config.graphql, auditCached, deps.serving?.budgetRefusals),
      // After the cost: a request refused for its cost or budget never waits for a heavy slot.
      // A heavy request waits at most half its deadline, leaving the other half to run; over a
      // fifth of the maximal cost is heavy (every page the benchmark reads, 2,951 for 50
      // therapies with three lists, is below it; its facts of 50 therapies, 21,151, above).
      heavyGatePlugin(config.graphql, config.http.requestDeadlineMs / 2, config.graphql.maxCost / 5, (field) => field !== 'audit' || !auditCached()),
      warningsPlugin,
      // Before the caching plugin, which must see the outage statuses (it reads them in the same hook).
      httpStatusPlugin,
      ...(deps.serving ? servingPlugins(config, deps.serving) : []),
      development ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
}

function servingPlugins(config: AppConfig, serving: ServingDeps) {
  return [
    httpCachingPlugin(serving.seedVersion),
    ...(config.serving.responseCache ? [responseCache(serving.seedVersion)] : []),
    metricsPlugin(serving.metrics),
  ];
}

/**
 * A request's context: its own GraphReader (round trips are counted per request; its
 * statements end by the request's deadline) and who sent it; when served, the reader shares
 * the process's circuit breaker and reports its statements to the request's metrics.
 */
export function createRequestContext(deps: GraphQLDeps, client?: string): RequestContext {
  const metrics = deps.serving?.metrics.request();
  const deadlineMs = deps.config.http.requestDeadlineMs;
  const reader = new GraphReader(deps.driver, deps.database, deps.config.neo4j.queryTimeoutMs, {
    breaker: deps.serving?.breaker,
    observer: metrics?.observer,
    deadline: { at: performance.now() + deadlineMs, ms: deadlineMs },
  });
  if (metrics) deps.serving!.metrics.attach(reader, metrics);
  const auditCache = deps.serving?.auditCache;
  return { reader, warnings: [], ...(client === undefined ? {} : { client }), ...(auditCache ? { auditCache } : {}) };
}
