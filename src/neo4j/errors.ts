import { Neo4jError } from 'neo4j-driver';

/**
 * The two ways a read can fail that are not the caller's bug, as errors with a GraphQL
 * `extensions.code` (graphql-js copies an original error's `extensions` onto the error it
 * reports, so these reach the client with their code and without any mapping).
 */

/** Neo4j cannot be reached or is not answering: stopped, restarting, or slow to accept a connection. */
export class GraphUnavailableError extends Error {
  override name = 'GraphUnavailableError';
  readonly extensions = { code: 'SERVICE_UNAVAILABLE' } as const;
}

/**
 * The request was admitted but the statements of heavy requests kept every slot busy for as
 * long as it could wait (GRAPHQL_MAX_HEAVY_STATEMENTS), or our own statements every pooled
 * connection (NEO4J_CONNECT_TIMEOUT_MS): the service is overloaded, not the graph unreachable
 * nor the query too slow. HTTP 429 with Retry-After when no root answered.
 */
export class GraphOverloadedError extends Error {
  override name = 'GraphOverloadedError';
  readonly extensions = { code: 'OVERLOADED' } as const;
}

/** The query ran past its time limit and was stopped. */
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
  readonly extensions = { code: 'QUERY_TIMEOUT' } as const;
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** The driver waited NEO4J_CONNECT_TIMEOUT_MS for one of its pooled connections and gave up. */
export function isAcquisitionTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && err.message.startsWith('Connection acquisition timed out');
}

/**
 * Translates a driver error into one of the errors above, or returns it unchanged. The
 * messages say what happened and which setting governs it; they carry no Cypher, no
 * parameters and no stack.
 *
 * `poolFull`: the statement found every pooled connection held by our own statements (the pool
 * ledger). Its acquisition timeout is then OVERLOADED (429 with Retry-After), not
 * SERVICE_UNAVAILABLE: the service refused work it had no room for, as the in-flight limits and
 * the statement slots do, while Neo4j answered every statement it was sent; a 503 would tell
 * clients and load balancers that the graph is down, and issue #15 wants an overloaded service
 * to answer or say 429, never 5xx. Without a full pool, the time went to opening a connection
 * to Neo4j, which is Neo4j being unavailable (503).
 */
export function toGraphError(err: unknown, queryTimeoutMs: number, poolFull = false): unknown {
  if (err instanceof QueryTimeoutError || err instanceof GraphUnavailableError) return err;
  if (!(err instanceof Neo4jError)) return err;
  if (poolFull && isAcquisitionTimeout(err)) {
    return new GraphOverloadedError("every one of the driver's pooled connections stayed busy with other requests' statements for NEO4J_CONNECT_TIMEOUT_MS; retry shortly", { cause: err });
  }
  const code = err.code;
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return queryTimeout(queryTimeoutMs, err);
  }
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut') {
    return new QueryTimeoutError(
      "the query was stopped by the database's own transaction time limit (db.transaction.timeout); narrow the request and retry",
      { cause: err },
    );
  }
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError.') || isAcquisitionTimeout(err)) {
    return new GraphUnavailableError('the graph database is unavailable; retry shortly', { cause: err });
  }
  return err;
}

export function queryTimeout(queryTimeoutMs: number, cause?: unknown): QueryTimeoutError {
  return new QueryTimeoutError(
    `the query took longer than QUERY_TIMEOUT_MS (${queryTimeoutMs} ms) and was stopped; narrow the request and retry`,
    { cause },
  );
}

/** A request that used up REQUEST_DEADLINE_MS: its next statement is not started, or is cut at the deadline. */
export function requestDeadlinePassed(deadlineMs: number, cause?: unknown): QueryTimeoutError {
  return new QueryTimeoutError(`the request took longer than REQUEST_DEADLINE_MS (${deadlineMs} ms) and was stopped; narrow the request and retry`, { cause });
}
