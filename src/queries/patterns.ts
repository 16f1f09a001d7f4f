import { REL } from '../model/kinds.ts';
import { factTypes, farKind, relation, rollsUp, type Traversal } from '../model/relations.ts';

/**
 * The pattern from `near` across the relationship (bound to `rel`) to `far`, the node it
 * links. When the traversal rolls up, the pattern goes on to an ancestor-or-self of `far`,
 * bound to `reached`; otherwise `reached` is `far`. Filters and scopes compare ids against
 * `reached`, facts are read from `rel`. Variable names are the caller's constants.
 */
export function traversalPattern(t: Traversal, near: string, rel: string, far: string): { pattern: string; reached: string } {
  const r = relation(t.relation);
  const label = farKind(t);
  const step = t.direction === 'out' ? `-[${rel}:${r.type}]->` : `<-[${rel}:${r.type}]-`;
  const pattern = `(${near})${step}(${far}${label ? `:${label}` : ''})`;
  if (!(t.rollUp && rollsUp(t))) return { pattern, reached: far };
  const reached = `${far}Up`;
  return { pattern: `${pattern}-[:${REL.SUBTYPE_OF}*0..]->(${reached}:CancerType)`, reached };
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

/** `A|B|C`, for patterns over every fact relationship. */
export const anyFactType = factTypes.join('|');
