import Cypher from '@neo4j/cypher-builder';
import { REL } from '../../model/kinds.ts';
import { farKind, relation, type Traversal } from '../../model/relations.ts';

/**
 * The pattern `(near)-[rel:TYPE]->(far:FarKind)` of a traversal (arrow reversed for `in`),
 * with the far end's label when the relationship fixes one. Labels and types come from the
 * model, never from a request.
 */
export function traversalPattern(
  near: Cypher.Node,
  t: Traversal,
  rel: Cypher.Relationship | undefined,
  far: Cypher.Node,
  labels: { near?: string; far?: boolean } = {},
): Cypher.Pattern {
  const kind = labels.far === false ? undefined : farKind(t);
  return new Cypher.Pattern(near, labels.near ? { labels: [labels.near] } : undefined)
    .related(rel, { type: relation(t.relation).type, direction: t.direction === 'out' ? 'right' : 'left' })
    .to(far, kind ? { labels: [kind] } : undefined);
}

/** `(top)<-[:SUBTYPE_OF*0..]-(sub:CancerType)`: a cancer type and every subtype below it. */
export function subtreePattern(top: Cypher.Node, sub: Cypher.Node, topLabel?: string): Cypher.Pattern {
  return new Cypher.Pattern(top, topLabel ? { labels: [topLabel] } : undefined)
    .related({ type: REL.SUBTYPE_OF, direction: 'left', length: { min: 0 } })
    .to(sub, { labels: ['CancerType'] });
}

/** `A|B|C`: a relationship of any of these types (from the model's constants only). */
export function anyOf(types: readonly string[]): Cypher.LabelExpr {
  return Cypher.labelExpr.or(...types);
}
