import Cypher from '@neo4j/cypher-builder';
import { citationsExpr } from './citations.ts';
import { projectEntity } from './entity-projection.ts';
import type { FactPlan } from './read-plan.ts';

/**
 * A relationship as a Fact record (src/queries/entities/fact-record.ts): what the plan
 * selects of its type, both ends and the relationship properties (a claim's support:
 * section and excerpt) and, under `__fields`, the citations themselves when selected.
 */
export function factExpr(plan: FactPlan, r: Cypher.Relationship, subject: Cypher.Node, object: Cypher.Node): Cypher.Expr {
  const fact: Record<string, Cypher.Expr> = {};
  if (plan.relationship) fact.relationship = Cypher.type(r);
  if (plan.subject) fact.subject = projectEntity(plan.subject, subject);
  if (plan.object) fact.object = projectEntity(plan.object, object);
  if (plan.properties.length > 0) fact.properties = new Cypher.MapProjection(r, [...plan.properties]);
  if (plan.citations.length > 0) {
    fact.__fields = new Cypher.Map(Object.fromEntries(plan.citations.map((c) => [c.key, citationsExpr(r, c.items)])));
  }
  return new Cypher.Map(fact);
}

/** Subject and object of a relationship walked from `near` to `far`: `out` starts at the subject. */
export function factEnds(near: Cypher.Node, far: Cypher.Node, direction: 'out' | 'in'): [Cypher.Node, Cypher.Node] {
  return direction === 'out' ? [near, far] : [far, near];
}
