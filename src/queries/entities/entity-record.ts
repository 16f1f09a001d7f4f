import { isEntityLabel, type EntityLabel } from '../model/graph-model.ts';

/**
 * An entity as the API reads it: its kind, its id and its stored properties as they are
 * (`name`, `aliases`, `citations` as ids, ...). GraphQL fields named like a property read
 * it directly; the rest have resolvers.
 */
export interface EntityRecord {
  readonly __label: EntityLabel;
  readonly id: string;
  readonly [property: string]: unknown;
}

/** Cypher map projection of node variable `v` that toEntityRecord understands. */
export function entityProjection(v: string): string {
  return `${v} {.*, __labels: labels(${v})}`;
}

/** Reads an entityProjection; the kind is the node's one label besides `Entity`. */
export function toEntityRecord(projected: unknown): EntityRecord {
  const { __labels, ...properties } = projected as { __labels: string[]; id: string };
  const label = __labels.find(isEntityLabel);
  if (!label) throw new Error(`node ${properties.id} has no entity label (labels: ${__labels.join(', ')})`);
  return { ...properties, __label: label };
}

/** The human-readable label of any entity: its name, a citation's title, a claim's text. */
export function displayName(e: EntityRecord): string {
  const value = e.name ?? e.title ?? e.text;
  return typeof value === 'string' ? value : e.id;
}
