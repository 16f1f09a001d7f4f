import type { Driver } from 'neo4j-driver';
import { loadSeed, type LoadOptions, type LoadResult } from './load.ts';
import { graphOfSource } from './prepare.ts';
import { readSeed } from './read.ts';
import { seedIsCurrent } from './seed-meta.ts';

export interface EnsureSeededResult {
  /** True when this call loaded the seed; false when the graph already held it. */
  loaded: boolean;
  hash: string;
  /** The load's own figures, when there was a load. */
  load?: LoadResult;
  timings: { readMs: number; checkMs: number; loadMs: number; totalMs: number };
}

/**
 * Seeds the graph from `seedDir` when it is empty, holds another seed (by content hash) or
 * has lost part of its seed; otherwise does nothing, at the cost of reading the seed files
 * and one query. An invalid seed throws SeedInvalidError and writes nothing. Safe to call
 * from several processes at once: loads serialize on the seed lock, and a load that finds
 * the graph current once it holds the lock does nothing.
 */
export async function ensureSeeded(
  driver: Driver,
  database: string,
  seedDir: string,
  options: Omit<LoadOptions, 'onlyIfChanged'> = {},
): Promise<EnsureSeededResult> {
  const t0 = performance.now();
  const source = await readSeed(seedDir);
  const t1 = performance.now();
  const session = driver.session({ database });
  const current = await seedIsCurrent(session, source.hash).finally(() => session.close());
  const t2 = performance.now();
  const ms = (a: number, b: number) => Math.round(b - a);
  if (current) {
    return { loaded: false, hash: source.hash, timings: { readMs: ms(t0, t1), checkMs: ms(t1, t2), loadMs: 0, totalMs: ms(t0, t2) } };
  }
  const load = await loadSeed(driver, database, graphOfSource(source), { ...options, onlyIfChanged: true });
  const t3 = performance.now();
  return { loaded: load.loaded, hash: source.hash, load, timings: { readMs: ms(t0, t1), checkMs: ms(t1, t2), loadMs: ms(t2, t3), totalMs: ms(t0, t3) } };
}
