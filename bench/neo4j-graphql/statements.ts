/**
 * @neo4j/graphql run in-process over the same type definitions as its server, with a driver
 * that records the statements it sends (it runs them with `tx.run` inside
 * `session.executeRead`, not with `executeQuery`): what the peer asks Neo4j for one answer.
 */
import { readFileSync } from 'node:fs';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql } from 'graphql';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import type { Statement } from '../workloads/workload.ts';
import type { GraphQLRequest } from '../workloads/workload.ts';

export interface PeerStatements {
  statementsOf(request: GraphQLRequest): Promise<Statement[]>;
}

export async function peerStatements(driver: Driver, database: string): Promise<PeerStatements> {
  let sent: Statement[] = [];
  const recordTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop) {
        if (prop === 'run') {
          return (cypher: string, params: Record<string, unknown> = {}) => {
            sent.push({ cypher, params });
            return target.run(cypher, params);
          };
        }
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  const recordSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, prop) {
        if (prop === 'executeRead' || prop === 'executeWrite') {
          return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
            (target[prop] as (w: (tx: ManagedTransaction) => unknown, c?: unknown) => unknown)((tx) => work(recordTx(tx)), config);
        }
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  const recording = new Proxy(driver, {
    get(target, prop) {
      if (prop === 'session') return (...a: Parameters<Driver['session']>) => recordSession(target.session(...a));
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  const typeDefs = readFileSync(new URL('./type-defs.graphql', import.meta.url), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver: recording }).getSchema();
  return {
    async statementsOf(request) {
      sent = [];
      const res = await graphql({ schema, source: request.query, variableValues: request.variables ?? {}, contextValue: { sessionConfig: { database } } });
      if (res.errors?.length) throw new Error(`in-process run of @neo4j/graphql failed: ${JSON.stringify(res.errors)}`);
      return sent;
    },
  };
}
