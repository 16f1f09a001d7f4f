import Cypher from '@neo4j/cypher-builder';
import { filterFields, filterValue, type FilterSpec } from '../../model/filters.ts';
import { INDEXED_PROPERTIES, REL, type KindName } from '../../model/kinds.ts';
import { rollsUp } from '../../model/relations.ts';
import { NullableParam } from './nullable-param.ts';
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
 * Every other field of the kind is always there, as `($p IS NULL OR <predicate>)` with null
 * for a field left out or empty, in the model's order. So the 2^11 combinations of
 * TherapyFilter's fields plan 4 times (with or without `cancerTypes`, `kinds`), not 2,048: a
 * new text cost 191 ms of planning against 7 ms from the plan cache (issue #15). Neo4j plans
 * each guard as a SelectOrSemiApply, which runs the subquery only when the parameter is not
 * null. PROFILE on the shipped graph (db hits, without guards -> with them): the flagship
 * `therapies(filter: {routes: ["oral"], cancerTypes: ["leukemia"]}, first: 50)` with its
 * total, routes and cancer types 716 -> 716; the unfiltered page of 50 with three fact lists
 * and their citations 3,511 -> 3,511; `kinds: [SMALL_MOLECULE]` guarded like the rest lost
 * its index seek (151 -> 233), so `kinds` stays out of the guards.
 *
 * A roll-up into cancer types (`cancerTypes: ["leukemia"]`) is a lead: it walks down the tree
 * once from the types named and binds the items related to any of them, where an `EXISTS`
 * test of every candidate item walked up the tree from each one (millions of steps on a
 * large graph).
 */
export interface FilterCypher {
  readonly leads: Cypher.Clause[];
  readonly predicates: Cypher.Predicate[];
}

export function filterCypher(kind: KindName, n: Cypher.Node, input: Readonly<Record<string, unknown>> | null): FilterCypher {
  const leads: Cypher.Clause[] = [];
  const predicates: Cypher.Predicate[] = [];
  for (const [field, spec] of Object.entries(filterFields[kind])) {
    const value = filterValue(spec, input?.[field]);
    if (spec.type === 'related' && rollsUp(spec.traversal)) {
      if (value !== undefined) leads.push(rollUpLead(n, spec.traversal, new Cypher.Param(value)));
    } else if (seeksIndex(kind, spec)) {
      if (value !== undefined) predicates.push(predicate(n, spec, new Cypher.Param(value)));
    } else {
      const param = new NullableParam(value ?? null);
      predicates.push(Cypher.or(Cypher.isNull(param), predicate(n, spec, param))!);
    }
  }
  return { leads, predicates };
}

/** A filter an index of the kind's property serves (`kinds` of therapies): a seek, when given, rather than a scan. */
function seeksIndex(kind: KindName, spec: FilterSpec): boolean {
  return spec.type === 'in' && INDEXED_PROPERTIES.some(([label, property]) => label === kind && property === spec.property);
}

/** `CALL (*) { subtree of the types named }` then `UNWIND` it and `MATCH` the items related to it. */
function rollUpLead(n: Cypher.Node, t: Extract<FilterSpec, { type: 'related' }>['traversal'], ids: Cypher.Param): Cypher.Clause {
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

function predicate(n: Cypher.Node, spec: FilterSpec, param: Cypher.Param): Cypher.Predicate {
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
