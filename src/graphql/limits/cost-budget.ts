/**
 * Each client's budget of cost per minute (GRAPHQL_COST_PER_MINUTE), as GitHub and Shopify
 * ration their APIs: a bucket per client that holds a minute's worth and refills
 * continuously, so a client may spend its minute in one burst but not sustain more. A request
 * is charged its estimated cost when it is accepted; one the bucket cannot pay is refused
 * whole (nothing is taken), with the seconds until it could be paid.
 */
export interface BudgetCharge {
  readonly accepted: boolean;
  /** What is left after this request (before it, when refused). */
  readonly remaining: number;
  /** When refused: whole seconds until the bucket holds the cost. */
  readonly retryAfterS: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Clients remembered at most; past it, the buckets that have refilled completely are forgotten (they hold nothing a new bucket would not). */
const MAX_CLIENTS = 10_000;

export class CostBudget {
  readonly #buckets = new Map<string, Bucket>();
  readonly #perMs: number;

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.#perMs = perMinute / 60_000;
  }

  charge(client: string, cost: number): BudgetCharge {
    const bucket = this.#refilled(client);
    if (bucket.tokens < cost) {
      return { accepted: false, remaining: Math.floor(bucket.tokens), retryAfterS: Math.max(1, Math.ceil((cost - bucket.tokens) / this.#perMs / 1000)) };
    }
    bucket.tokens -= cost;
    return { accepted: true, remaining: Math.floor(bucket.tokens), retryAfterS: 0 };
  }

  #refilled(client: string): Bucket {
    const now = this.now();
    let bucket = this.#buckets.get(client);
    if (!bucket) {
      if (this.#buckets.size >= MAX_CLIENTS) this.#forgetFull(now);
      bucket = { tokens: this.perMinute, at: now };
      this.#buckets.set(client, bucket);
    }
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.#perMs);
    bucket.at = now;
    return bucket;
  }

  #forgetFull(now: number): void {
    for (const [client, b] of this.#buckets) {
      if (b.tokens + (now - b.at) * this.#perMs >= this.perMinute) this.#buckets.delete(client);
    }
  }
}
