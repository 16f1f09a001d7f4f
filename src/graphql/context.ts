import type { GraphReader } from '../neo4j/graph-reader.ts';
import type { Loaders } from './loaders/loaders.ts';

/** Per request: its own GraphReader (which counts round trips) and its own DataLoaders. */
export interface RequestContext {
  readonly reader: GraphReader;
  readonly loaders: Loaders;
}
