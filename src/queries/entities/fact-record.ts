import type { FactType, ProvenanceType } from '../../model/relations.ts';
import { type EntityRecord } from '../../model/records.ts';

/**
 * One stored relationship, as a compiled statement reads it (src/queries/compile/facts.ts):
 * what the request selected of its type, its ends and its relationship properties (a claim's
 * SUPPORTED_BY: `section` and `excerpt`); absent when not selected, so nothing reads them.
 * Its citations, when selected, are under `__fields` like any compiled field's value.
 */
export interface FactRecord {
  readonly relationship?: FactType | ProvenanceType;
  readonly subject?: EntityRecord;
  readonly object?: EntityRecord;
  readonly properties?: Readonly<Record<string, unknown>>;
}
