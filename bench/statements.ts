/**
 * How many Cypher statements one answer costs: our API's, counted by running the workload's
 * operation in-process through the real Apollo server and request context (whose
 * GraphReader counts round trips), and the floor's. They must be equal, or the floor no
 * longer runs what the API runs and the benchmark stops (the floor needs updating).
 */
import { loadConfig } from '../src/config.ts';
import { createApolloServer, createRequestContext, type GraphQLDeps } from '../src/graphql/server.ts';
import { createLogger } from '../src/logger.ts';
import { GraphReader } from '../src/neo4j/graph-reader.ts';
import type { BenchNeo4j } from './neo4j.ts';
import { AnswersDifferError } from './verify.ts';
import type { Workload } from './workloads/workload.ts';

export interface StatementCounter {
  count(w: Workload): Promise<number>;
  stop(): Promise<void>;
}

export async function statementCounter(neo4j: BenchNeo4j): Promise<StatementCounter> {
  const config = loadConfig({ ...process.env, ...neo4j.childEnv, NODE_ENV: 'production', LOG_LEVEL: 'silent' });
  const deps: GraphQLDeps = { config, driver: neo4j.driver, database: neo4j.database, logger: createLogger(config) };
  const apollo = createApolloServer(deps);
  await apollo.start();
  return {
    async count(w) {
      const ctx = createRequestContext(deps);
      const res = await apollo.executeOperation({ query: w.ours.query, variables: w.ours.variables }, { contextValue: ctx });
      if (res.body.kind !== 'single' || res.body.singleResult.errors?.length) {
        throw new Error(`${w.id}: in-process run of our API failed: ${JSON.stringify(res.body.kind === 'single' ? res.body.singleResult.errors : res.body.kind)}`);
      }
      const ours = ctx.reader.roundTrips;
      const reader = new GraphReader(neo4j.driver, neo4j.database, config.neo4j.queryTimeoutMs);
      await w.floor(reader);
      if (reader.roundTrips !== ours) {
        throw new AnswersDifferError(`${w.id}: our API runs ${ours} statements per answer, the floor ${reader.roundTrips}; update bench/workloads/${w.id}.ts`);
      }
      return ours;
    },
    stop: () => apollo.stop(),
  };
}
