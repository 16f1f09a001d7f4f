import Cypher from '@neo4j/cypher-builder';
import type { KindName } from '../../model/kinds.ts';
import { displayProperty } from '../../model/records.ts';
import { sortFields, type SortField, type SortFieldSpec } from '../../model/sort.ts';

/**
 * The sort key of a model sort field over item `n`: text ignores case (read from the key the
 * loader stored, the lower-cased text, which a range index can order), missing values sort
 * as the model says.
 */
export function sortKey(n: Cypher.Node, field: SortField): Cypher.Expr {
  const spec: SortFieldSpec = sortFields[field];
  const value = n.property(spec.property);
  if (spec.missingAs !== undefined) return Cypher.coalesce(value, new Cypher.Literal(spec.missingAs));
  if (spec.storedKey) return n.property(spec.storedKey);
  return spec.ignoreCase ? Cypher.toLower(value) : value;
}

/**
 * How the far ends of plain relationship lists are ordered: by display name (the far kind's
 * display property; any of them when the kind varies, as for a claim's `about`), ignoring
 * case, then id.
 */
export function displayOrder(m: Cypher.Node, kind: KindName | undefined): [Cypher.Expr, Cypher.Expr] {
  const name = kind
    ? m.property(displayProperty(kind))
    : Cypher.coalesce(m.property('name'), m.property('title'), m.property('text'), m.property('id'));
  return [Cypher.toLower(name), m.property('id')];
}

/**
 * Rows whose sort key (`keys`) comes after (`>`) or before (`<`) the key in `bound`,
 * lexicographically: (a, b) > (x, y) is a > x, or a = x and b > y.
 */
export function keysetPredicate(keys: readonly Cypher.Expr[], bound: Cypher.Expr, op: '>' | '<'): Cypher.Predicate {
  const compare = op === '>' ? Cypher.gt : Cypher.lt;
  const at = (i: number) => Cypher.listIndex(bound, i);
  const alternatives = keys.map((key, i) =>
    Cypher.and(...keys.slice(0, i).map((k, j) => Cypher.eq(k, at(j))), compare(key, at(i)))!,
  );
  return Cypher.or(...alternatives)!;
}
