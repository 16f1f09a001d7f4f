import { buildSeedGraph, type SeedGraph } from './graph.ts';
import { SeedInvalidError } from './problem.ts';
import { readSeed, type SeedSource } from './read.ts';
import { validateSeed } from './validate.ts';

/**
 * Reads and validates a seed folder and returns the graph it describes; throws
 * SeedInvalidError listing every problem when the seed breaks a rule.
 */
export async function prepareSeed(dir: string): Promise<SeedGraph> {
  return graphOfSource(await readSeed(dir));
}

/** The graph a seed that was already read describes; throws SeedInvalidError if it is invalid. */
export function graphOfSource(source: SeedSource): SeedGraph {
  const validation = validateSeed(source);
  if (!validation.ok) throw new SeedInvalidError(source.origin, validation.problems);
  return buildSeedGraph(validation.seed);
}
