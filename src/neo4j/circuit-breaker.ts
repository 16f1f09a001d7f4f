import { GraphUnavailableError } from './errors.ts';

export interface CircuitBreakerOptions {
  /** Consecutive failures of Neo4j that open the circuit (src/neo4j/neo4j-fault.ts says which failures are Neo4j's). */
  failureThreshold: number;
  /** How long it stays open before one probe is let through. */
  cooldownMs: number;
  now?: () => number;
}

export type CircuitState = 'closed' | 'open' | 'half-open';

/**
 * Fail fast while the graph is unreachable. Each read waits up to a few seconds for a
 * connection (the driver's retries) before it can say SERVICE_UNAVAILABLE; under an outage
 * every request would pay that and hold a pooled connection while it waits. After
 * `failureThreshold` consecutive connection failures the circuit opens: reads fail at once
 * for `cooldownMs`; then one read goes through as a probe (half-open) while the others still
 * fail fast; its success closes the circuit, its failure opens it for another cool-down.
 * One breaker per driver, shared by every request's GraphReader.
 */
export class CircuitBreaker {
  #state: CircuitState = 'closed';
  #failures = 0;
  #openedAt = 0;
  #probing = false;
  readonly #now: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.#now = options.now ?? (() => performance.now());
  }

  get state(): CircuitState {
    if (this.#state === 'open' && this.#now() - this.#openedAt >= this.options.cooldownMs) return 'half-open';
    return this.#state;
  }

  /** Called before a read. Throws GraphUnavailableError while the circuit is open or a probe is already out. */
  admit(): void {
    const state = this.state;
    if (state === 'closed') return;
    if (state === 'half-open' && !this.#probing) {
      this.#state = 'half-open';
      this.#probing = true;
      return;
    }
    const retryMs = Math.max(0, Math.ceil(this.options.cooldownMs - (this.#now() - this.#openedAt)));
    throw new GraphUnavailableError(
      `the graph database is unavailable (${this.#failures} consecutive connection failures); retry in ${Math.max(1, Math.ceil(retryMs / 1000))} s`,
    );
  }

  /** The read reached Neo4j and got an answer (any answer, errors included). */
  succeeded(): void {
    this.#state = 'closed';
    this.#failures = 0;
    this.#probing = false;
  }

  /**
   * The read ended without reaching Neo4j (it queued behind our own statements and was given
   * up on): no verdict. A probe's turn passes to the next read.
   */
  abstained(): void {
    this.#probing = false;
  }

  /** The read could not reach Neo4j, or Neo4j did not answer at all. */
  failed(): void {
    this.#failures += 1;
    this.#probing = false;
    if (this.#state === 'half-open' || this.#failures >= this.options.failureThreshold) {
      this.#state = 'open';
      this.#openedAt = this.#now();
    }
  }
}
