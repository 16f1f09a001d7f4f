/**
 * A workload: the same question put to each contender, and how each answer is brought to
 * one comparable form (`answerOf…`), so that the three answers can be checked equal before
 * anything is timed (verify.ts).
 */
import type { Rows } from '../floor.ts';

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** A Cypher statement and its parameters (every value a parameter). */
export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

export interface Workload {
  id: string;
  title: string;
  ours: GraphQLRequest;
  neo4jGraphql: GraphQLRequest;
  /** How @neo4j/graphql answers it: generated operation, @fulltext, @cypher field, ... */
  neo4jGraphqlHow: string;
  /**
   * The floor: the one statement a Neo4j expert would write by hand for this answer,
   * projecting only what the answer needs; run through the driver, without GraphQL or HTTP.
   */
  floor: Statement;
  /** The answers in one comparable form: what all three return, with unordered lists sorted. */
  answerOfOurs(data: unknown): unknown;
  answerOfNeo4jGraphql(data: unknown): unknown;
  answerOfFloor(rows: Rows): unknown;
}
