import type { GraphReader } from '../neo4j/graph-reader.ts';
import type { AuditCache } from './caching/audit-cache.ts';
import type { Warning } from './warnings/warnings-plugin.ts';

/** Per request: its own GraphReader (which counts round trips: one compiled statement per root field) and who sent it. */
export interface RequestContext {
  readonly reader: GraphReader;
  /** Who sent the request (src/http/load-shedding/client-identity.ts); absent outside HTTP. */
  readonly client?: string;
  /** What resolvers warn the client about (unknown ids in filters): `extensions.warnings`. */
  readonly warnings: Warning[];
  /** The audit's report per seed version, when served (caching/audit-cache.ts); absent: every audit reads the graph. */
  readonly auditCache?: AuditCache;
}
