import type { FactType, ProvenanceType } from '../../model/relations.ts';
import { entityProjection, toEntityRecord } from './entity-record.ts';
import { type EntityRecord } from '../../model/records.ts';

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

/** A relationship seen from one end, which the reader already has: its type, the far end, its properties. */
export interface Link {
  readonly relationship: FactRecord['relationship'];
  readonly far: EntityRecord;
  readonly properties: Readonly<Record<string, unknown>>;
}

export function toLink(projected: unknown): Link {
  const p = projected as { relationship: Link['relationship']; far: unknown; properties: Record<string, unknown> };
  return { relationship: p.relationship, far: toEntityRecord(p.far), properties: p.properties };
}

/** The fact a link makes with its near end, walked `out` (near is the subject) or `in`. */
export function factOf(near: EntityRecord, link: Link, direction: 'out' | 'in'): FactRecord {
  return {
    relationship: link.relationship,
    subject: direction === 'out' ? near : link.far,
    object: direction === 'out' ? link.far : near,
    citationIds: citationIds(link.properties),
    properties: link.properties,
  };
}

/** The citation ids a relationship's properties carry; none for provenance relationships. */
export function citationIds(properties: Readonly<Record<string, unknown>>): readonly string[] {
  return Array.isArray(properties.citations) ? (properties.citations as string[]) : [];
}
