import type { LoadProgress } from './load.ts';

/** A load that failed; the transaction was rolled back, so the graph is as it was before. */
export class SeedLoadError extends Error {
  override name = 'SeedLoadError';
}

/** Neo4j's error, said in terms of the load: what happened, at which step, what to do. */
export function buildErrorMessage(err: unknown, phase: LoadProgress['phase'], timeoutMs: number): string {
  const code = (err as { code?: unknown }).code;
  const detail = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
  const seconds = timeoutMs / 1000;
  const unchanged = 'the graph is unchanged';
  // Waiting for the lock ends by db.lock.acquisition.timeout (LockAcquisitionTimeout) or by
  // the load's own timeout, which stops the waiting lock client (LockClientStopped).
  if (phase === 'lock' && typeof code === 'string' && /LockAcquisitionTimeout|LockClientStopped|TransactionTimedOut/.test(code)) {
    return `another seed load is holding the seed lock and did not finish in time; ${unchanged}; try again when it is done`;
  }
  if (typeof code === 'string' && /TransactionTimedOut/.test(code)) {
    return `the seed load did not finish within its ${seconds} s timeout (during ${phase}); ${unchanged}`;
  }
  if (typeof code === 'string' && /MemoryPoolOutOfMemory|TransactionMemoryLimit|OutOfMemory/.test(code)) {
    return `Neo4j ran out of transaction memory during ${phase} (${detail}); ${unchanged}; raise LOCAL_NEO4J_HEAP or load a smaller seed`;
  }
  return `the seed load failed during ${phase}: ${detail}; ${unchanged}`;
}
