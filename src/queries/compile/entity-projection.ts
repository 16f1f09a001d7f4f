import Cypher from '@neo4j/cypher-builder';
import type { KindName } from '../../model/kinds.ts';
import { citationsExpr } from './citations.ts';
import { citingFactsExpr } from './citing-facts.ts';
import { listExpr } from './lists.ts';
import type { EntityPlan, FieldPlan, KindSelection } from './read-plan.ts';
import { relatedExpr } from './related.ts';
import { supportStatus } from './support-status.ts';

/**
 * The map an entity `n` is returned as: the selected stored properties (`n { .id, .name }`),
 * `__label` (its kind), and under `__fields` each nested field's value by response key,
 * read by correlated subqueries (COLLECT {}) in the same statement. Where the position can
 * hold several kinds (`Node`), the label and the nested fields are chosen by a CASE on the
 * node's label, so each kind reads what the fragments on it select.
 */
export function projectEntity(plan: EntityPlan, n: Cypher.Node): Cypher.Expr {
  const kinds = [...plan.byKind.keys()];
  const properties = [...new Set([...plan.byKind.values()].flatMap((s) => [...s.properties]))];
  const single = kinds.length === 1 ? kinds[0]! : undefined;
  const extra: Record<string, Cypher.Expr> = {
    __label: single ? new Cypher.Literal(single) : kindOf(n, kinds),
  };
  const withFields = kinds.filter((k) => plan.byKind.get(k)!.fields.length > 0);
  if (withFields.length > 0) {
    const fieldsOf = (kind: KindName) => fieldMap(plan.byKind.get(kind)!, n);
    extra.__fields = single ? fieldsOf(single) : byLabel(n, withFields, fieldsOf, new Cypher.Map({}));
  }
  return new Cypher.MapProjection(n, properties, extra);
}

/**
 * The kind of `n` among `kinds`: `head([l IN labels(n) WHERE l IN ['A', 'B', ...]])`. A CASE
 * over the labels, one branch per kind, made the statements of `Node` positions long enough
 * to cost seconds of planning (provenance: 6.4 s with CASE, measured on the test graph).
 */
function kindOf(n: Cypher.Node, kinds: readonly KindName[]): Cypher.Expr {
  const label = new Cypher.Variable();
  const named = new Cypher.ListComprehension(label).in(Cypher.labels(n)).where(Cypher.in(label, new Cypher.Literal([...kinds])));
  return Cypher.head(named);
}

/** `CASE WHEN n:A THEN a WHEN n:B THEN b ... END`. */
function byLabel(n: Cypher.Node, kinds: readonly KindName[], value: (kind: KindName) => Cypher.Expr, otherwise?: Cypher.Expr): Cypher.Expr {
  const choice = new Cypher.Case();
  for (const kind of kinds) choice.when(n.hasLabel(kind)).then(value(kind));
  return otherwise ? choice.else(otherwise) : choice;
}

function fieldMap(selection: KindSelection, n: Cypher.Node): Cypher.Expr {
  return new Cypher.Map(Object.fromEntries(selection.fields.map((f) => [f.key, fieldExpr(f, n)])));
}

function fieldExpr(f: FieldPlan, n: Cypher.Node): Cypher.Expr {
  switch (f.type) {
    case 'related':
      return relatedExpr(f, n);
    case 'connection':
      return listExpr(f.list, n);
    case 'citations':
      return citationsExpr(n, f.items);
    case 'supportStatus':
      return supportStatus(n);
    case 'citingFacts':
      return citingFactsExpr(f, n);
  }
}
