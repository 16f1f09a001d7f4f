import type { Driver } from 'neo4j-driver';
import type { Logger } from '../../logger.ts';
import { readSeedMeta } from '../../seed/seed-meta.ts';

/**
 * Which seed the graph holds (SeedMeta's content hash), as this process last saw it. Cache
 * keys and ETags include it, so an answer cached under one seed is never served under
 * another; listeners (the response cache, the metrics) hear when it changes.
 */
export class SeedVersion {
  #current: string;
  readonly #listeners: Array<(version: string, previous: string) => void> = [];

  constructor(initial: string) {
    this.#current = initial;
  }

  get current(): string {
    return this.#current;
  }

  onChange(listener: (version: string, previous: string) => void): void {
    this.#listeners.push(listener);
  }

  set(version: string): void {
    if (version === this.#current) return;
    const previous = this.#current;
    this.#current = version;
    for (const listener of this.#listeners) listener(version, previous);
  }
}

/**
 * A seed can be loaded by another process (the `seed` CLI) while the service runs, so the
 * service reads SeedMeta every `intervalMs` (one indexed lookup). A failed read changes
 * nothing: an outage is the readiness probe's business. Returns the function that stops it.
 */
export function watchSeedVersion(driver: Driver, database: string, version: SeedVersion, intervalMs: number, logger: Logger): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    readSeedMeta(driver, database)
      .then((meta) => {
        if (meta && meta.hash !== version.current) {
          logger.info({ seedVersion: meta.hash, previous: version.current }, 'a new seed was loaded; cached answers dropped');
          version.set(meta.hash);
        }
      })
      .catch(() => {})
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
