/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same
 * sequence on every machine and Node version, which Math.random does not.
 */
export class Prng {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** An index in [0, n), skewed towards 0 so that a few items are popular, as in real data. */
  skewed(n: number): number {
    return Math.floor(n * this.next() ** 2);
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** `count` distinct items (fewer if there are not that many), drawn skewed or uniformly. */
  distinct<T>(items: readonly T[], count: number, skewed = false): T[] {
    const chosen = new Set<T>();
    const wanted = Math.min(count, items.length);
    while (chosen.size < wanted) chosen.add(items[skewed ? this.skewed(items.length) : Math.floor(this.next() * items.length)]!);
    return [...chosen];
  }
}
