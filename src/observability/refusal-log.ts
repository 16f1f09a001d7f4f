import type { Logger } from '../logger.ts';

/** How long the refusals of a client after its first are counted before one line reports them. */
export const REFUSAL_LOG_WINDOW_MS = 10_000;

/** Clients counted at once; past this, the refusals of new clients are counted together. */
const MAX_CLIENTS = 10_000;
const OTHERS = '(other clients)';

/**
 * The log of requests answered 429 (refused: in flight, rate, cost budget, heavy slots): a
 * client's first refusal is logged in full, as any request is; the ones after it are counted,
 * and each window (REFUSAL_LOG_WINDOW_MS) one line per client says how many there were:
 * `{"client":"127.0.0.3","refused":5120,"windowMs":10000,"msg":"requests refused"}`. A client
 * with no refusal in a window is forgotten, so its next refusal is logged in full again.
 *
 * Why: an attacker refused at the budget door sent about 580 requests a second in the burst
 * scenario (issue #15), each a log line of its own before; the line cost more CPU than the
 * refusal, and a process manager's pipe that filled made every write wait.
 */
export class RefusalLog {
  readonly #counts = new Map<string, number>();
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly windowMs = REFUSAL_LOG_WINDOW_MS,
  ) {}

  /** A request of `client` was refused; `line` is its request line, logged if it is the client's first. */
  refused(client: string, line: Record<string, unknown>): void {
    const count = this.#counts.get(client);
    if (count !== undefined) {
      this.#counts.set(client, count + 1);
      return;
    }
    if (this.#counts.size >= MAX_CLIENTS) {
      this.#counts.set(OTHERS, (this.#counts.get(OTHERS) ?? 0) + 1);
      return;
    }
    this.#counts.set(client, 0);
    this.logger.info({ ...line, client }, `request refused; further refusals of this client are counted, one line each ${this.windowMs / 1000} s`);
    this.#timer ??= setInterval(() => this.#report(), this.windowMs).unref();
  }

  #report(): void {
    for (const [client, refused] of this.#counts) {
      if (refused === 0) {
        this.#counts.delete(client);
        continue;
      }
      this.logger.info({ client, refused, windowMs: this.windowMs }, 'requests refused');
      this.#counts.set(client, 0);
    }
    if (this.#counts.size === 0) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }
}
