import { createHash } from 'node:crypto';
import { GRAPH_FORMAT_VERSION } from '../model/kinds.ts';

export interface SeedText {
  /** File name inside the seed folder, e.g. `therapies.yaml`. */
  file: string;
  text: string;
}

/**
 * The content hash of a seed: the seed files' names and contents in file-name order (so it
 * does not depend on the order a folder is listed in), plus the graph format version (so a
 * change in how seeds become graphs reloads an unchanged seed). Only seed files count: a
 * README edit does not reload the graph.
 */
export function seedHash(texts: readonly SeedText[]): string {
  const hash = createHash('sha256').update(`therapy-graph seed, graph format ${GRAPH_FORMAT_VERSION}\n`);
  for (const { file, text } of [...texts].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    // Length-prefixed, so that moving text from the end of one file to the start of the next changes the hash.
    hash.update(`${file}\0${Buffer.byteLength(text)}\0`).update(text);
  }
  return hash.digest('hex');
}
