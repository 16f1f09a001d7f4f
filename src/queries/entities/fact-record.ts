import type { FactType, ProvenanceType } from '../model/graph-model.ts';
import { entityProjection, toEntityRecord, type EntityRecord } from './entity-record.ts';

/**
 * One stored relationship with both its ends. For facts (every relationship but the
 * provenance ones) `citationIds` names the citations behind it; SUPPORTED_BY carries
 * `section` and `excerpt` in `properties` instead.
 */
export interface FactRecord {
  readonly relationship: FactType | ProvenanceType;
  readonly subject: EntityRecord;
  readonly object: EntityRecord;
  readonly citationIds: readonly string[];
  readonly properties: Readonly<Record<string, unknown>>;
}

/** Cypher map projection of relationship `rel` from node `subject` to node `object`. */
export function factProjection(rel: string, subject: string, object: string): string {
  return `{relationship: type(${rel}), subject: ${entityProjection(subject)}, object: ${entityProjection(object)}, properties: properties(${rel})}`;
}

export function toFactRecord(projected: unknown): FactRecord {
  const p = projected as { relationship: FactRecord['relationship']; subject: unknown; object: unknown; properties: Record<string, unknown> };
  const citations = p.properties.citations;
  return {
    relationship: p.relationship,
    subject: toEntityRecord(p.subject),
    object: toEntityRecord(p.object),
    citationIds: Array.isArray(citations) ? (citations as string[]) : [],
    properties: p.properties,
  };
}
