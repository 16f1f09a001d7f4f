import { Neo4jError } from 'neo4j-driver';
import { isAcquisitionTimeout } from './errors.ts';

/**
 * What a failed read says about Neo4j, for the circuit breaker, which must open when Neo4j
 * fails and only then:
 * - `failed`: Neo4j could not be reached or did not answer. A connection refused, reset or
 *   lost (the driver's ServiceUnavailable, SessionExpired), a database Neo4j reports
 *   unavailable, or a statement sent on a connection that got no answer at all by its
 *   timeout plus DEADLINE_GRACE_MS (a hung Neo4j).
 * - `answered`: Neo4j answered, with an error (the query's fault, its timeout, a transient
 *   condition such as a deadlock): it is up.
 * - `none`: the read never reached Neo4j, so it says nothing: it queued behind our own
 *   statements for one of the pool's connections and was given up on, or the pool's
 *   acquisition timed out (NEO4J_CONNECT_TIMEOUT_MS), or it failed in our own code. Our own
 *   refusals (OVERLOADED from the statement slots, a request deadline that passed before the
 *   statement was sent) never reach the reader's driver call at all.
 * Counting `none` as a failure opened the breaker under overload, with Neo4j answering, and
 * failed cheap requests with 503 (the first burst run of issue #15).
 */
export type Neo4jVerdict = 'failed' | 'answered' | 'none';

const CONNECTION_LOST = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function verdictOn(err: unknown, read: { unanswered: boolean; queued: boolean }): Neo4jVerdict {
  if (read.unanswered) return read.queued ? 'none' : 'failed';
  if (!(err instanceof Neo4jError)) return 'none';
  if (isAcquisitionTimeout(err)) return 'none';
  if (CONNECTION_LOST.has(err.code)) return 'failed';
  // Codes Neo4j sends start with "Neo."; the driver's own (N/A and kin) are not answers.
  return err.code.startsWith('Neo.') ? 'answered' : 'none';
}
