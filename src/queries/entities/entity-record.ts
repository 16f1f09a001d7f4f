import { isKindName } from '../../model/kinds.ts';
import type { EntityRecord } from '../../model/records.ts';

/** Cypher map projection of node variable `v` that toEntityRecord understands: every stored property. */
export function entityProjection(v: string): string {
  return `${v} {.*, __labels: labels(${v})}`;
}

/** Reads an entityProjection; the kind is the node's one label besides `Entity`. */
export function toEntityRecord(projected: unknown): EntityRecord {
  const { __labels, ...properties } = projected as { __labels: string[]; id: string };
  const label = __labels.find(isKindName);
  if (!label) throw new Error(`node ${properties.id} has no entity label (labels: ${__labels.join(', ')})`);
  return { ...properties, __label: label } as EntityRecord;
}
