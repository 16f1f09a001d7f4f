import { KIND_LIST, REL, type RelationshipType } from '../../seed/kinds.ts';
import type { EntityLabel } from './graph-model.ts';

/** One kind of relationship as stored: `(from)-[:type]->(to)`. */
export interface Relation {
  readonly type: RelationshipType;
  readonly from: EntityLabel;
  /** Undefined when several kinds can be the target (a claim is ABOUT any entity). */
  readonly to?: EntityLabel;
  /**
   * True for relationships into a cancer type that count for its ancestors too: a therapy
   * used for chronic myeloid leukemia is used for leukemia (SUBTYPE_OF, any depth).
   */
  readonly rollsUp: boolean;
}

/** A relationship field of the seed registry, named `Kind.field` (`Therapy.routes`). */
export type RelationName = `${EntityLabel}.${string}`;

/** Every relationship of the model, from the seed registry's relationship fields. */
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
  if (!r) throw new Error(`no relationship field ${name} in src/seed/kinds.ts`);
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

/** The label at the far end of a traversal, if the relation fixes one. */
export function farLabel(t: Traversal): EntityLabel | undefined {
  const r = relation(t.relation);
  return t.direction === 'out' ? r.to : r.from;
}

/** The label at the near end of a traversal, or `Entity` when the relation allows several. */
export function nearLabel(t: Traversal): string {
  const r = relation(t.relation);
  return (t.direction === 'out' ? r.from : r.to) ?? 'Entity';
}

/**
 * The pattern from `near` across the relationship (bound to `rel`) to `far`, the node it
 * links. When the traversal rolls up, the pattern goes on to an ancestor-or-self of `far`,
 * bound to `reached`; otherwise `reached` is `far`. Filters and scopes compare ids against
 * `reached`, facts are read from `rel`. Variable names are the caller's constants.
 */
export function traversalPattern(t: Traversal, near: string, rel: string, far: string): { pattern: string; reached: string } {
  const r = relation(t.relation);
  const label = farLabel(t);
  const step = t.direction === 'out' ? `-[${rel}:${r.type}]->` : `<-[${rel}:${r.type}]-`;
  const pattern = `(${near})${step}(${far}${label ? `:${label}` : ''})`;
  if (!(t.rollUp && rollsUp(t))) return { pattern, reached: far };
  const reached = `${far}Up`;
  return { pattern: `${pattern}-[:${REL.SUBTYPE_OF}*0..]->(${reached}:CancerType)`, reached };
}

/** Whether the traversal can roll up: a relation into cancer types, walked `out`. */
export function rollsUp(t: Traversal): boolean {
  return t.direction === 'out' && relation(t.relation).rollsUp;
}

/**
 * Clauses that make one row per cancer type whose id is in `ids` (a Cypher expression) or
 * below one of them, at any depth, bound to `into`. A filter on a roll-up traversal starts
 * from these, walking down the tree once from the few types named, where a test of every
 * candidate item would walk up the tree from each of them.
 */
export function subtreeRows(ids: string, into: string): string {
  return `CALL (*) {
    MATCH (top:Entity)<-[:${REL.SUBTYPE_OF}*0..]-(sub:CancerType) WHERE top.id IN ${ids}
    RETURN collect(DISTINCT sub) AS ${into}s
  }
  UNWIND ${into}s AS ${into}`;
}
