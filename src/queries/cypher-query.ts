/**
 * A Cypher statement and its parameters. Every use case in src/queries builds one with a
 * pure function (so tests and the benchmark can read the exact statement) and runs it
 * through the request's GraphReader.
 */
export interface CypherQuery {
  readonly cypher: string;
  readonly params: Record<string, unknown>;
}
