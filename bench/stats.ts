/** Latency samples (ms, float) and the percentiles the report uses. */
export class Samples {
  #values = new Float64Array(1 << 14);
  #count = 0;

  add(ms: number): void {
    if (this.#count === this.#values.length) {
      const grown = new Float64Array(this.#values.length * 2);
      grown.set(this.#values);
      this.#values = grown;
    }
    this.#values[this.#count++] = ms;
  }

  addAll(other: Samples): void {
    for (const v of other.values()) this.add(v);
  }

  get count(): number {
    return this.#count;
  }

  values(): Float64Array {
    return this.#values.subarray(0, this.#count);
  }

  /** Nearest-rank percentile, p in (0, 100]; NaN when empty. */
  percentile(p: number): number {
    if (this.#count === 0) return Number.NaN;
    const sorted = Float64Array.from(this.values()).sort();
    const rank = Math.min(this.#count, Math.max(1, Math.ceil((p / 100) * this.#count)));
    return sorted[rank - 1]!;
  }
}

/** The middle value of `xs` (the mean of the two middle ones for an even count). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}
