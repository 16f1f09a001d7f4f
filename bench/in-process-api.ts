/**
 * Our API run in-process (the real Apollo server and request context, no HTTP) over a
 * recording driver: what statements one answer costs, and with `profile`, their plans.
 * Any response cache is off (RESPONSE_CACHE=off), so every answer reaches Neo4j.
 */
import { loadConfig } from '../src/config.ts';
import { createApolloServer, createRequestContext, type GraphQLDeps } from '../src/graphql/server.ts';
import { createLogger } from '../src/logger.ts';
import type { BenchNeo4j } from './neo4j.ts';
import { recordingDriver, type Recorded } from './recording-driver.ts';
import type { GraphQLRequest } from './workloads/workload.ts';

export interface InProcessApi {
  /** Answers the request once; returns the statements it sent. */
  statementsOf(request: GraphQLRequest): Promise<Recorded[]>;
  stop(): Promise<void>;
}

export async function inProcessApi(neo4j: BenchNeo4j, profile: boolean): Promise<InProcessApi> {
  const config = loadConfig({ ...process.env, ...neo4j.childEnv, NODE_ENV: 'production', LOG_LEVEL: 'silent', RESPONSE_CACHE: 'off' });
  const recording = recordingDriver(neo4j.driver, profile);
  const deps: GraphQLDeps = { config, driver: recording.driver, database: neo4j.database, logger: createLogger(config) };
  const apollo = createApolloServer(deps);
  await apollo.start();
  return {
    async statementsOf(request) {
      recording.take();
      const res = await apollo.executeOperation({ query: request.query, variables: request.variables }, { contextValue: createRequestContext(deps) });
      if (res.body.kind !== 'single' || res.body.singleResult.errors?.length) {
        throw new Error(`in-process run of our API failed: ${JSON.stringify(res.body.kind === 'single' ? res.body.singleResult.errors : res.body.kind)}`);
      }
      const sent = recording.take();
      if (!sent.length) throw new Error('our API sent no statement through driver.executeQuery; bench/recording-driver.ts needs to follow how it reads Neo4j');
      return sent;
    },
    stop: () => apollo.stop(),
  };
}
