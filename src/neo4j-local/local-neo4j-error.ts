/** A failure to start the local Neo4j, with a one-line message meant for the user. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}
