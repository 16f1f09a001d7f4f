/**
 * The floor: its hand-written statement run with the raw driver, `connections` queries in flight
 * for `durationS` seconds (each worker awaits its query, then sends the next). No GraphQL,
 * no HTTP. Stops by itself at the deadline.
 */
import type { LoadOptions, Slot } from './slot.ts';
import { Samples } from './stats.ts';

export function runDriverSlot(query: () => Promise<unknown>, o: LoadOptions): Promise<Slot> {
  const samples = new Samples();
  let requests = 0;
  let errors = 0;
  const start = performance.now();
  const deadline = start + o.durationS * 1000;

  const worker = async () => {
    while (performance.now() < deadline) {
      const t = performance.now();
      try {
        await query();
        samples.add(performance.now() - t);
      } catch {
        errors += 1;
      }
      requests += 1;
    }
  };

  return Promise.all(Array.from({ length: o.connections }, worker)).then(() => ({
    requests,
    seconds: (performance.now() - start) / 1000,
    samples,
    errors,
    non2xx: 0,
    graphqlErrors: 0,
  }));
}
