import type { FactType, ProvenanceType } from '../../model/relations.ts';
import { type EntityRecord } from '../../model/records.ts';

/**
 * One stored relationship with both its ends, as a compiled statement reads it
 * (src/queries/compile/facts.ts): its type, both ends, and the relationship properties the
 * request selected (a claim's SUPPORTED_BY: `section` and `excerpt`). Its citations, when
 * selected, are under `__fields` like any compiled field's value.
 */
export interface FactRecord {
  readonly relationship: FactType | ProvenanceType;
  readonly subject: EntityRecord;
  readonly object: EntityRecord;
  readonly properties: Readonly<Record<string, unknown>>;
}
