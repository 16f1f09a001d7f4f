/**
 * The clients that the cost budget (GRAPHQL_COST_PER_MINUTE) refused, and when each was told
 * to come back (its Retry-After). Until then the HTTP layer refuses the client's requests
 * unread (src/http/load-shedding/budget-door.ts): a refusal after parsing, validating and
 * costing a request cost the service's one JavaScript thread 1-4 ms each (µs of CPU measured
 * per attack kind), and in the burst scenario these refusals and their errors were about a
 * third of its busy time (CPU profile of the attack, RELIABILITY.md), which a cheap request
 * then queued behind. A client that heeds Retry-After never meets the door.
 */
const MAX_CLIENTS = 10_000;

export class BudgetRefusals {
  readonly #until = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The budget refused `client` and told it to retry in `retryAfterS`. */
  refused(client: string, retryAfterS: number): void {
    const now = this.now();
    if (this.#until.size >= MAX_CLIENTS) {
      for (const [c, until] of this.#until) if (until <= now) this.#until.delete(c);
      // Still full: forget the oldest refusal (Map keeps insertion order).
      if (this.#until.size >= MAX_CLIENTS) this.#until.delete(this.#until.keys().next().value!);
    }
    this.#until.delete(client);
    this.#until.set(client, now + retryAfterS * 1000);
  }

  /** Whole seconds until `client` may send again; 0 if it may now. */
  waitS(client: string): number {
    const until = this.#until.get(client);
    if (until === undefined) return 0;
    const ms = until - this.now();
    if (ms <= 0) {
      this.#until.delete(client);
      return 0;
    }
    return Math.ceil(ms / 1000);
  }
}
