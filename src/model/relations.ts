/**
 * The relationships of the graph as stored, from the seed fields of kinds.ts, and the ways
 * the API walks them (traversals). Cypher patterns are built from these in src/queries.
 */
import { ENTITY_KINDS, KIND_LIST, REL, type KindName, type RelationshipType } from './kinds.ts';

/** The kinds that facts connect: everything but the provenance layer (citations, claims). */
export const knowledgeKinds: readonly KindName[] = ENTITY_KINDS;

/** Relationships that state a fact and carry `citations` (a list of citation ids). */
export type FactType = Exclude<RelationshipType, typeof REL.ABOUT | typeof REL.SUPPORTED_BY>;
export const factTypes: readonly FactType[] = [
  ...new Set(KIND_LIST.flatMap((k) => k.relationships.filter((r) => r.form === 'fact').map((r) => r.type as FactType))),
];

/** Provenance relationships: a claim is ABOUT entities and SUPPORTED_BY citations. */
export type ProvenanceType = typeof REL.ABOUT | typeof REL.SUPPORTED_BY;

/** One kind of relationship as stored: `(from)-[:type]->(to)`. */
export interface Relation {
  readonly type: RelationshipType;
  readonly from: KindName;
  /** Undefined when several kinds can be the target (a claim is ABOUT any entity). */
  readonly to?: KindName;
  /**
   * True for relationships into a cancer type that count for its ancestors too: a therapy
   * used for chronic myeloid leukemia is used for leukemia (SUBTYPE_OF, any depth).
   */
  readonly rollsUp: boolean;
}

/** A relationship field of the seed, named `Kind.field` (`Therapy.routes`). */
export type RelationName = `${KindName}.${string}`;

/** Every relationship of the model, from the seed's relationship fields. */
export const relations: ReadonlyMap<RelationName, Relation> = new Map(
  KIND_LIST.flatMap((kind) =>
    kind.relationships.map((r): [RelationName, Relation] => {
      const to = r.targets.length === 1 ? r.targets[0] : undefined;
      return [`${kind.name}.${r.field}`, { type: r.type, from: kind.name, to, rollsUp: to === 'CancerType' && r.type !== REL.SUBTYPE_OF }];
    }),
  ),
);

export function relation(name: RelationName): Relation {
  const r = relations.get(name);
  if (!r) throw new Error(`no relationship field ${name} in src/model/kinds.ts`);
  return r;
}

/**
 * A relationship walked from one end: `out` from its `from` node, `in` from its `to` node.
 * `rollUp` (for relations that roll up, walked `out`) also reaches the target's ancestors,
 * so "used for leukemia" includes "used for chronic myeloid leukemia".
 */
export interface Traversal {
  readonly relation: RelationName;
  readonly direction: 'out' | 'in';
  readonly rollUp?: boolean;
}

/** The kind at the far end of a traversal, if the relation fixes one. */
export function farKind(t: Traversal): KindName | undefined {
  const r = relation(t.relation);
  return t.direction === 'out' ? r.to : r.from;
}

/** The kind at the near end of a traversal, if the relation fixes one. */
export function nearKind(t: Traversal): KindName | undefined {
  const r = relation(t.relation);
  return t.direction === 'out' ? r.from : r.to;
}

/** Whether the traversal can roll up: a relation into cancer types, walked `out`. */
export function rollsUp(t: Traversal): boolean {
  return t.direction === 'out' && relation(t.relation).rollsUp;
}

/** The same relationship walked from the other end, rolling up if asked and it can. */
export function reverse(t: Traversal, rollUp = false): Traversal {
  return { relation: t.relation, direction: t.direction === 'out' ? 'in' : 'out', rollUp };
}
