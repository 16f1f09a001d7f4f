import Cypher from '@neo4j/cypher-builder';
import { projectEntity } from './entity-projection.ts';
import { factEnds, factExpr } from './facts.ts';
import { traversalPattern } from './patterns.ts';
import { isFactPlan, type RelatedPlan } from './read-plan.ts';
import { displayOrder } from './sort.ts';

/**
 * A plain-list or single relationship field of entity `n` (`routes`, `parent`, `routeFacts`):
 * a COLLECT subquery over its relationships, ordered by the far end's display name, then id;
 * the far entities or the relationships as facts, as selected.
 */
export function relatedExpr(plan: RelatedPlan, n: Cypher.Node): Cypher.Expr {
  const r = new Cypher.Relationship();
  const m = new Cypher.Node();
  const [byName, byId] = displayOrder(m, plan.field.far);
  const item = isFactPlan(plan.items)
    ? factExpr(plan.items, r, ...factEnds(n, m, plan.field.traversal.direction))
    : projectEntity(plan.items, m);
  const read = new Cypher.Match(traversalPattern(n, plan.field.traversal, r, m)).with(r, m).orderBy(byName, byId).return(item);
  const list = new Cypher.Collect(read);
  return plan.field.shape === 'single' ? Cypher.head(list) : list;
}
