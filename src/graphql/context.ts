import type { GraphReader } from '../neo4j/graph-reader.ts';
import type { Loaders } from './loaders/loaders.ts';

/** Per request: its own GraphReader (which counts round trips), its own DataLoaders, and who sent it. */
export interface RequestContext {
  readonly reader: GraphReader;
  readonly loaders: Loaders;
  /** Who sent the request (src/http/load-shedding/client-identity.ts); absent outside HTTP. */
  readonly client?: string;
}
