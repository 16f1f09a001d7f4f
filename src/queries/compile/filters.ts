import Cypher from '@neo4j/cypher-builder';
import { filterFields, filterValue, type FilterSpec } from '../../model/filters.ts';
import { INDEXED_PROPERTIES, REL, type KindName } from '../../model/kinds.ts';
import { rollsUp } from '../../model/relations.ts';
import { supportStatus } from './support-status.ts';
import { subtreePattern, traversalPattern } from './patterns.ts';

/**
 * The Cypher of a `<Kind>Filter` input over the list item `n`, from the model's filter
 * fields (src/model/filters.ts): `leads`, clauses run before the list's own MATCH that bind
 * `n` (possibly more than once: the list keeps distinct items), and predicates, ANDed. Each
 * value is a parameter.
 *
 * The statement's text depends only on which of the fields that lead the plan are given: a
 * roll-up (it binds the items) and an `in` on an indexed property (`kinds`: an index seek).
 * Every other field of the kind is always there, as `($p.field IS NULL OR <predicate>)` with
 * null for a field left out or empty, in the model's order. So the 2^11 combinations of
 * TherapyFilter's fields have 4 texts (with or without `cancerTypes`, `kinds`), not 2,048.
 * Neo4j plans each guard as a SelectOrSemiApply, which runs the subquery only when the value
 * is not null.
 *
 * All the values of one filter input are ONE map parameter (`$param0.routes`), because
 * Neo4j keys its plan cache by the text and the parameters' types, and a list's type there
 * carries its length: per-field parameters planned anew for null vs a list, [] vs ["x"], and
 * even a 10- vs an 11-item list. A map is typed MAP whatever it holds. Measured with the
 * driver (Neo4j 5.26, shipped graph, load 5), counting the plans `CALL db.clearQueryCaches()`
 * reports dropping: 10 TherapyFilter combinations of one text (scratch script over
 * test/tck/compile-operation.ts) left 10 plans with per-field parameters (first runs 476-1,164
 * ms, the same requests again 12-50 ms), 1 plan with the map (first run 680 ms, the nine
 * others 6-13 ms); test/api/filters-and-sorting.test.ts checks it (6 combinations, 1 plan).
 * The leads' values are in the map too (a `cancerTypes` or `kinds` list of another length
 * was another plan): the index seeks stay seeks. PROFILE on the shipped graph (db hits,
 * per-field -> map): the flagship `therapies(filter: {routes: ["oral"], cancerTypes:
 * ["leukemia"]}, first: 50)` with its total, routes and cancer types 1,302 -> 1,302; the
 * unfiltered page 2,010 -> 2,010; `targets` and `nameContains` 1,494 -> 1,494;
 * `cancerTypes` of two 2,233 -> 2,233; `kinds: [SMALL_MOLECULE]` 1,874 -> 1,896 (the
 * planner no longer sees the list's length; the same operators) -- 22 db hits against a new
 * plan of 0.5-1 s for each length of the list. Guarding `kinds` like the rest lost its index
 * seek (151 -> 233 then), so `kinds` stays out of the guards.
 *
 * A roll-up into cancer types (`cancerTypes: ["leukemia"]`) is a lead: it walks down the tree
 * once from the types named and binds the items related to any of them, where an `EXISTS`
 * test of every candidate item walked up the tree from each one (millions of steps on a
 * large graph).
 */
export interface FilterCypher {
  readonly leads: Cypher.Clause[];
  readonly predicates: Cypher.Predicate[];
  /** Whether any field of the input constrains the items (an empty input or all nulls: no). */
  readonly constrains: boolean;
}

export function filterCypher(kind: KindName, n: Cypher.Node, input: Readonly<Record<string, unknown>> | null): FilterCypher {
  const leads: Cypher.Clause[] = [];
  const predicates: Cypher.Predicate[] = [];
  const values: Record<string, unknown> = {};
  const param = new Cypher.Param(values);
  const fields = Object.entries(filterFields[kind]).map(([field, spec]) => ({ field, spec, value: filterValue(spec, input?.[field]), p: param.property(field) }));
  const rollUp = fields.find((f) => isRollUp(f.spec) && f.value !== undefined);
  // With a roll-up, the first other relationship filter given (the model's order) joins it.
  const partner = rollUp && fields.find((f) => f.spec.type === 'related' && !isRollUp(f.spec) && f.value !== undefined);
  for (const { field, spec, value, p } of fields) {
    values[field] = value ?? null;
    if (isRollUp(spec)) {
      if (value === undefined) continue;
      leads.push(partner ? joinLead(n, spec.traversal, p, partner.spec as RelatedSpec, partner.p) : rollUpLead(n, spec.traversal, p));
    } else if (seeksIndex(kind, spec)) {
      if (value !== undefined) predicates.push(predicate(n, spec, p));
    } else if (field !== partner?.field) {
      predicates.push(Cypher.or(Cypher.isNull(p), predicate(n, spec, p))!);
    }
  }
  return { leads, predicates, constrains: fields.some((f) => f.value !== undefined) };
}

type RelatedSpec = Extract<FilterSpec, { type: 'related' }>;

function isRollUp(spec: FilterSpec): spec is RelatedSpec {
  return spec.type === 'related' && rollsUp(spec.traversal);
}

/** A filter an index of the kind's property serves (`kinds` of therapies): a seek, when given, rather than a scan. */
function seeksIndex(kind: KindName, spec: FilterSpec): boolean {
  return spec.type === 'in' && INDEXED_PROPERTIES.some(([label, property]) => label === kind && property === spec.property);
}

/**
 * A roll-up and a second relationship filter (`cancerTypes` and `routes`): the items of the
 * subtree and the items of the second filter's far ends, each walked from its own end, joined
 * on the item:
 *
 *   MATCH (n)-[:ADMINISTERED_VIA]->(x:DeliveryRoute) WHERE x.id IN $p.routes
 *   MATCH (top:Entity)<-[:SUBTYPE_OF*0..]-(sub:CancerType) WHERE top.id IN $p.cancerTypes
 *   MATCH (n)-[:USED_FOR]->(sub)
 *   USING JOIN ON n
 *
 * Testing the route of every item of the subtree (an EXISTS per item, the roll-up lead alone)
 * expands each therapy's relationships: a therapy is not a dense node, so Neo4j reads its
 * whole relationship chain to find one type. From the route's side the expansion is of a
 * dense node, whose relationships are grouped by type. PROFILE on the scaled graph
 * (src/seed/synthetic.ts, 100k nodes; `delivery-route-0` and `cancer-type-0`, the flagship of
 * bench/workloads/flagship.ts; page's rows before projection): the EXISTS per item 215,721
 * db hits, of which 168,554 in `Expand(All) (n)-[:ADMINISTERED_VIA]->()` for 8,418 rows; the
 * join 39,238 (NodeHashJoin of 10,020 route rows and 8,418 subtree rows). Without the hint,
 * Neo4j 5.26 planned the same clauses from the route's side and walked UP the tree from every
 * therapy's cancer types (VarLengthExpand of 200,219 rows, 4,264,928 db hits); the roll-up's
 * `CALL {}` form cannot be joined (it runs the other side once per subtype). cypher-builder
 * 3.3 writes no planner hints, hence the Raw clause.
 *
 * The second filter is the first one given in the model's order, so the text varies only by
 * which one joins (one text per relationship filter of the kind, with and without `kinds`);
 * the other fields stay `($p.field IS NULL OR ...)` guards.
 */
function joinLead(n: Cypher.Node, t: RelatedSpec['traversal'], ids: Cypher.Expr, partner: RelatedSpec, partnerIds: Cypher.Expr): Cypher.Clause {
  const x = new Cypher.Node();
  const top = new Cypher.Node();
  const sub = new Cypher.Node();
  return Cypher.utils.concat(
    new Cypher.Match(traversalPattern(n, partner.traversal, undefined, x)).where(Cypher.in(x.property('id'), partnerIds)),
    new Cypher.Match(subtreePattern(top, sub, 'Entity')).where(Cypher.in(top.property('id'), ids)),
    new Cypher.Match(traversalPattern(n, { ...t, rollUp: false }, undefined, sub, { far: false })),
    new Cypher.Raw((ctx) => `USING JOIN ON ${ctx.compile(n)}`),
  );
}

/** `CALL (*) { subtree of the types named }` then `UNWIND` it and `MATCH` the items related to it. */
function rollUpLead(n: Cypher.Node, t: RelatedSpec['traversal'], ids: Cypher.Expr): Cypher.Clause {
  const top = new Cypher.Node();
  const sub = new Cypher.Node();
  const subs = new Cypher.Variable();
  const reached = new Cypher.Node();
  const subtree = new Cypher.Match(subtreePattern(top, sub, 'Entity'))
    .where(Cypher.in(top.property('id'), ids))
    .return([Cypher.collect(sub).distinct(), subs]);
  return new Cypher.Call(subtree, '*')
    .unwind([subs, reached])
    .match(traversalPattern(n, { ...t, rollUp: false }, undefined, reached, { far: false }));
}

function predicate(n: Cypher.Node, spec: FilterSpec, param: Cypher.Expr): Cypher.Predicate {
  switch (spec.type) {
    case 'ids':
      return Cypher.in(n.property('id'), param);
    case 'contains': {
      const text = Cypher.contains(Cypher.toLower(n.property(spec.property)), param);
      if (!spec.orAnyOf) return text;
      const v = new Cypher.Variable();
      return Cypher.or(text, Cypher.any(v, Cypher.coalesce(n.property(spec.orAnyOf), new Cypher.List([])), Cypher.contains(Cypher.toLower(v), param)))!;
    }
    case 'in':
      return Cypher.in(n.property(spec.property), param);
    case 'related': {
      const x = new Cypher.Node();
      return new Cypher.Exists(new Cypher.Match(traversalPattern(n, spec.traversal, undefined, x)).where(Cypher.in(x.property('id'), param)));
    }
    case 'relatedThrough': {
      const mid = new Cypher.Node();
      const x = new Cypher.Node();
      const match = new Cypher.Match(traversalPattern(n, spec.first, undefined, mid))
        .match(traversalPattern(mid, spec.then, undefined, x))
        .where(Cypher.in(x.property('id'), param));
      return new Cypher.Exists(match);
    }
    case 'overlaps': {
      const v = new Cypher.Variable();
      if (!spec.traversal) return Cypher.any(v, Cypher.coalesce(n.property(spec.property), new Cypher.List([])), Cypher.in(v, param));
      const x = new Cypher.Node();
      const shares = Cypher.any(v, Cypher.coalesce(x.property(spec.property), new Cypher.List([])), Cypher.in(v, param));
      return new Cypher.Exists(new Cypher.Match(traversalPattern(n, spec.traversal, undefined, x)).where(shares));
    }
    case 'subtypeOf': {
      const x = new Cypher.Node();
      const below = new Cypher.Pattern(n).related({ type: REL.SUBTYPE_OF, direction: 'right', length: { min: 1 } }).to(x, { labels: ['CancerType'] });
      return new Cypher.Exists(new Cypher.Match(below).where(Cypher.in(x.property('id'), param)));
    }
    case 'topLevel': {
      const parent = new Cypher.Pattern(n).related({ type: REL.SUBTYPE_OF, direction: 'right' }).to();
      return Cypher.eq(Cypher.not(new Cypher.Exists(parent)), param);
    }
    case 'supportStatus':
      return Cypher.in(supportStatus(n), param);
  }
}
