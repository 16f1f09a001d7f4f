/** A workload: the same question put to each contender, and how to read ids from each answer. */

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

import type { GraphReader } from '../../src/neo4j/graph-reader.ts';

export interface Workload {
  id: string;
  title: string;
  ours: GraphQLRequest;
  neo4jGraphql: GraphQLRequest;
  /** How @neo4j/graphql answers it: generated operation, @fulltext, @cypher field, ... */
  neo4jGraphqlHow: string;
  /**
   * The floor: the statements our API runs for one answer, built by src/queries (not copied)
   * and run with the raw driver in the same order and parallelism, without GraphQL or HTTP.
   * Returns what the ids are read from.
   */
  floor(reader: GraphReader): Promise<unknown>;
  /** Where the floor's Cypher comes from. */
  floorHow: string;
  /** The ids that must agree across the three contenders. */
  idsOfOurs(data: unknown): string[];
  idsOfNeo4jGraphql(data: unknown): string[];
  idsOfFloor(result: unknown): string[];
}

/**
 * Every string `id` field anywhere in a JSON value (and every string in a `citations` list,
 * where @neo4j/graphql shows a fact's citations as the ids its relationship stores): the
 * way answers are compared.
 */
export function collectIds(value: unknown, into: Set<string> = new Set()): string[] {
  if (Array.isArray(value)) {
    for (const v of value) collectIds(v, into);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') into.add(v);
      else if (k === 'citations' && Array.isArray(v) && v.every((x) => typeof x === 'string')) for (const x of v) into.add(x);
      else collectIds(v, into);
    }
  }
  return [...into];
}
