import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Driver } from 'neo4j-driver';
import type { AppConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { GraphReader } from '../neo4j/graph-reader.ts';
import type { RequestContext } from './context.ts';
import { createFormatError } from './errors/format-error.ts';
import { httpStatusPlugin } from './errors/http-status.ts';
import { costLimitPlugin } from './limits/cost-limit.ts';
import { knownOperationTypeRule } from './known-operation-type-rule.ts';
import { shapeLimitRules } from './limits/shape-limits.ts';
import { createLoaders } from './loaders/loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { loadTypeDefs } from './schema.ts';

export type { RequestContext };

/** What the GraphQL layer needs from the process: made once at start-up and shared by every request. */
export interface GraphQLDeps {
  config: AppConfig;
  /** The one driver of the process; requests share its connection pool. */
  driver: Driver;
  database: string;
  logger: Logger;
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
  return new ApolloServer<RequestContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    logger,
    parseOptions: { maxTokens: config.graphql.maxTokens },
    validationRules: [knownOperationTypeRule, ...shapeLimitRules(config.graphql)],
    introspection: config.env !== 'production',
    hideSchemaDetailsFromClientErrors: config.env === 'production',
    includeStacktraceInErrorResponses: development,
    formatError: createFormatError(config, logger),
    // src/main.ts owns SIGTERM/SIGINT and stops in order (HTTP drain, Apollo, Neo4j); Apollo's
    // own handlers would stop it a second time, concurrently, and the shutdown never ended.
    stopOnTerminationSignals: false,
    plugins: [
      costLimitPlugin(config.graphql),
      httpStatusPlugin,
      development ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
}

/** A request's context: its own GraphReader (round trips are counted per request) and DataLoaders. */
export function createRequestContext(deps: GraphQLDeps): RequestContext {
  const reader = new GraphReader(deps.driver, deps.database, deps.config.neo4j.queryTimeoutMs);
  return { reader, loaders: createLoaders(reader) };
}
