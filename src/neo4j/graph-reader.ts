import neo4j, { type Driver } from 'neo4j-driver';
import type { CircuitBreaker } from './circuit-breaker.ts';
import { GraphOverloadedError, GraphUnavailableError, queryTimeout, requestDeadlinePassed, toGraphError } from './errors.ts';
import { verdictOn } from './neo4j-fault.ts';
import { enterPool } from './pool-ledger.ts';

/**
 * How long past its own timeout a read may go unanswered before the reader gives up on it.
 * Neo4j stops a transaction at the timeout itself; this bound is for a Neo4j that answers
 * nothing at all (hung, paused, or a network that drops packets), where no server-side limit
 * can fire and the driver would wait indefinitely.
 */
export const DEADLINE_GRACE_MS = 2000;

/** Told about every statement a reader runs (the metrics count and time them). */
export interface StatementObserver {
  started(): void;
  finished(ms: number, outcome: 'ok' | 'error' | 'unavailable' | 'timeout'): void;
  /**
   * Neo4j's own time for an answered statement (the summary's resultAvailableAfter +
   * resultConsumedAfter): what `finished`'s wall time spent inside Neo4j, as against waiting
   * for a pooled connection, the network, or our event loop.
   */
  answered?(serverMs: number): void;
}

/** A counting semaphore of statement slots (src/graphql/limits/heavy-gate.ts's Gate): the release, or undefined after `waitMs`. */
export interface StatementGate {
  acquire(waitMs: number): Promise<(() => void) | undefined>;
}

export interface GraphReaderOptions {
  /** Shared by the process's readers: fail fast while Neo4j is unreachable. */
  breaker?: CircuitBreaker;
  observer?: StatementObserver;
  /**
   * The request's deadline (REQUEST_DEADLINE_MS): when it ends, as performance.now() reads,
   * and its length for messages. Each statement's transaction timeout is cut to the time left,
   * so a request of many statements cannot outlive it; none starts once it has passed.
   */
  deadline?: { at: number; ms: number };
}

/**
 * Read access to the graph for the API: every query runs in a READ transaction (Neo4j
 * refuses any write in one), on the named database, with a timeout, and is counted. The count
 * is per instance; the API makes one reader per request, so tests can assert how many round
 * trips an operation cost (see test/api/round-trips.test.ts).
 *
 * Failures that are not the query's fault come out as GraphUnavailableError
 * (SERVICE_UNAVAILABLE) or QueryTimeoutError (QUERY_TIMEOUT); see ./errors.ts. With a
 * circuit breaker, only Neo4j's own failures count towards opening it (connection failures,
 * a statement sent that got no answer at all; ./neo4j-fault.ts), not reads that never reached
 * it, and while it is open reads fail at once without touching the driver.
 */
export class GraphReader {
  #roundTrips = 0;
  #gate: StatementGate | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs: number,
    private readonly options: GraphReaderOptions = {},
  ) {}

  get roundTrips(): number {
    return this.#roundTrips;
  }

  /**
   * From now on each statement first takes a slot of `gate` (shared with other readers), so
   * that a heavy request's aliases, which graphql-js resolves at once, and those of the other
   * heavy requests keep only so many of Neo4j's threads busy. A statement waits for its slot
   * at most half the time its request has left; then it fails with OVERLOADED.
   */
  queueBehind(gate: StatementGate): void {
    this.#gate = gate;
  }

  async read<Row = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    if (!this.#gate) return this.#read(cypher, params);
    const deadline = this.options.deadline;
    const waitMs = deadline ? Math.max(0, Math.floor((deadline.at - performance.now()) / 2)) : this.timeoutMs;
    const release = await this.#gate.acquire(waitMs);
    if (!release) {
      throw new GraphOverloadedError(`every slot for the statements of heavy requests stayed busy for ${waitMs} ms (GRAPHQL_MAX_HEAVY_STATEMENTS); retry shortly`);
    }
    try {
      return await this.#read(cypher, params);
    } finally {
      release();
    }
  }

  async #read<Row>(cypher: string, params: Record<string, unknown>): Promise<Row[]> {
    const { breaker, observer, deadline: requestDeadline } = this.options;
    const left = requestDeadline ? Math.ceil(requestDeadline.at - performance.now()) : Infinity;
    if (left <= 0) throw requestDeadlinePassed(requestDeadline!.ms);
    const cutByDeadline = left < this.timeoutMs;
    const timeoutMs = cutByDeadline ? left : this.timeoutMs;
    const timedOut = (cause?: unknown) => (cutByDeadline ? requestDeadlinePassed(requestDeadline!.ms, cause) : queryTimeout(this.timeoutMs, cause));
    breaker?.admit();
    this.#roundTrips += 1;
    observer?.started();
    const pool = enterPool(this.driver);
    const t0 = performance.now();
    const query = this.driver.executeQuery(cypher, params, {
      database: this.database,
      routing: neo4j.routing.READ,
      bookmarkManager: null,
      transactionConfig: { timeout: timeoutMs },
    });
    // The driver lets go of the statement (its connection back in the pool, or it never got
    // one): right after the answer, or for a read given up on (a hung Neo4j) only once Neo4j
    // answers or the connection fails, so the ledger counts the pool's use as it is.
    void query.then(pool.leave, pool.leave);
    let timer: NodeJS.Timeout | undefined;
    let unanswered = false;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        unanswered = true;
        reject(timedOut());
      }, timeoutMs + DEADLINE_GRACE_MS);
    });
    try {
      const result = await Promise.race([query, deadline]);
      breaker?.succeeded();
      observer?.finished(performance.now() - t0, 'ok');
      observer?.answered?.(Number(result.summary.resultAvailableAfter) + Number(result.summary.resultConsumedAfter));
      return result.records.map((r) => r.toObject() as Row);
    } catch (err) {
      // Past the deadline the query may still settle; its outcome no longer matters.
      query.catch(() => {});
      const converted = toGraphError(err, this.timeoutMs, pool.queued);
      // Neo4j's timeout was the request's deadline, not QUERY_TIMEOUT_MS: say which.
      const graphError = cutByDeadline && !unanswered && isTimeout(converted) ? timedOut(err) : converted;
      const unreachable = graphError instanceof GraphUnavailableError;
      const verdict = verdictOn(unanswered ? graphError : err, { unanswered, queued: pool.queued });
      if (verdict === 'failed') breaker?.failed();
      else if (verdict === 'answered') breaker?.succeeded();
      else breaker?.abstained();
      observer?.finished(performance.now() - t0, unreachable ? 'unavailable' : unanswered || isTimeout(graphError) ? 'timeout' : 'error');
      throw graphError;
    } finally {
      clearTimeout(timer);
    }
  }
}

function isTimeout(err: unknown): boolean {
  return (err as { extensions?: { code?: string } })?.extensions?.code === 'QUERY_TIMEOUT';
}
