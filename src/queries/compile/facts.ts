import Cypher from '@neo4j/cypher-builder';
import { citationsExpr } from './citations.ts';
import { projectEntity } from './entity-projection.ts';
import type { FactPlan } from './read-plan.ts';

/**
 * A relationship as a Fact record (src/queries/entities/fact-record.ts): its type, both ends
 * as selected, the relationship properties selected (a claim's support: section and
 * excerpt) and, under `__fields`, the citations themselves when selected.
 */
export function factExpr(plan: FactPlan, r: Cypher.Relationship, subject: Cypher.Node, object: Cypher.Node): Cypher.Expr {
  const fact: Record<string, Cypher.Expr> = {
    relationship: Cypher.type(r),
    subject: projectEntity(plan.subject, subject),
    object: projectEntity(plan.object, object),
    properties: plan.properties.length > 0 ? new Cypher.MapProjection(r, [...plan.properties]) : new Cypher.Map({}),
  };
  if (plan.citations.length > 0) {
    fact.__fields = new Cypher.Map(Object.fromEntries(plan.citations.map((c) => [c.key, citationsExpr(r, c.items)])));
  }
  return new Cypher.Map(fact);
}

/** Subject and object of a relationship walked from `near` to `far`: `out` starts at the subject. */
export function factEnds(near: Cypher.Node, far: Cypher.Node, direction: 'out' | 'in'): [Cypher.Node, Cypher.Node] {
  return direction === 'out' ? [near, far] : [far, near];
}
