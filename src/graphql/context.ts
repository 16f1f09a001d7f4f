import type { GraphReader } from '../neo4j/graph-reader.ts';

/** Per request: its own GraphReader (which counts round trips: one compiled statement per root field) and who sent it. */
export interface RequestContext {
  readonly reader: GraphReader;
  /** Who sent the request (src/http/load-shedding/client-identity.ts); absent outside HTTP. */
  readonly client?: string;
}
