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
  return {
    relationship: p.relationship,
    subject: toEntityRecord(p.subject),
    object: toEntityRecord(p.object),
    citationIds: citationIds(p.properties),
    properties: p.properties,
  };
}

/** The citation ids a relationship's properties carry; none for provenance relationships. */
export function citationIds(properties: Readonly<Record<string, unknown>>): readonly string[] {
  return Array.isArray(properties.citations) ? (properties.citations as string[]) : [];
}
