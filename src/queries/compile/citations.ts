import Cypher from '@neo4j/cypher-builder';
import { projectEntity } from './entity-projection.ts';
import type { EntityPlan } from './read-plan.ts';

/**
 * The citations an entity or a fact names in its `citations` property, in the order named,
 * each found by one seek of the unique index on `Entity.id`.
 */
export function citationsExpr(holder: Cypher.Node | Cypher.Relationship, items: EntityPlan): Cypher.Expr {
  const id = new Cypher.Variable();
  const c = new Cypher.Node();
  const read = new Cypher.Unwind([Cypher.coalesce(holder.property('citations'), new Cypher.List([])), id])
    .match(new Cypher.Pattern(c, { labels: ['Entity'], properties: { id } }))
    .where(c.hasLabel('Citation'))
    .return(projectEntity(items, c));
  return new Cypher.Collect(read);
}
