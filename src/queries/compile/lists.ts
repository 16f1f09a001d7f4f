import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import { ENTITY_LABEL } from '../../model/kinds.ts';
import { rollsUp } from '../../model/relations.ts';
import { projectEntity } from './entity-projection.ts';
import { factEnds, factExpr } from './facts.ts';
import { filterCypher } from './filters.ts';
import { subtreePattern, traversalPattern } from './patterns.ts';
import { isFactPlan, type ListPlan } from './read-plan.ts';
import { keysetPredicate, sortKey } from './sort.ts';

/** The variables of one row of a list: the item, and for a parent's list the relationship and the parent end. */
interface Row {
  readonly n: Cypher.Node;
  readonly r: Cypher.Relationship;
  readonly m: Cypher.Node;
}

/**
 * One page of a list as an expression: a map `{rows: [{key, item}], total?}`, where `key`
 * is the row's sort key (the cursor) and `item` its projection. At the root `parent` is
 * undefined; for a connection it is the parent entity, and the expression is evaluated once
 * per parent inside the parent's projection (a correlated subquery: no N+1).
 *
 * Rows are read by keyset: sorted by the sort key then id (then the parent end, for facts),
 * strictly after `after` and before `before`, one more than the page to tell whether there is
 * more, read from the end for a `last` page. With `totalCount` selected the rows are matched
 * once, counted, and the page is cut from them (one pass over the filters).
 */
export function listExpr(plan: ListPlan, parent: Cypher.Node | undefined): Cypher.Expr {
  // The parent end of a row: the parent itself, or each cancer type of its subtree when rolling up.
  const row: Row = { n: new Cypher.Node(), r: new Cypher.Relationship(), m: parent && !rollingUp(plan) ? parent : new Cypher.Node() };
  const facts = isFactPlan(plan.items);
  const filter = plan.kind === ENTITY_LABEL ? { leads: [], predicates: [] } : filterCypher(plan.kind, row.n, plan.filter);
  const keys = [sortKey(row.n, plan.sort.field), row.n.property('id'), ...(facts ? [row.m.property('id')] : [])];
  const keyset = windowPredicates(plan, keys);
  const matched = new Cypher.Match(itemPattern(plan, row, parent)).where(
    Cypher.and(...filter.predicates, ...citing(plan, row, parent), ...(plan.withTotal ? [] : keyset)),
  );
  const clauses: Cypher.Clause[] = [...filter.leads, ...subtree(plan, row, parent), matched];
  const vars = facts ? [row.n, row.r, row.m] : [row.n];
  const readOrder = plan.window.backward === (plan.sort.direction === 'ASC') ? 'DESC' : 'ASC';
  const keyVars = keys.map(() => new Cypher.Variable());
  const sorted = new Cypher.With(...vars, ...keys.map((k, i): [Cypher.Expr, Cypher.Variable] => [k, keyVars[i]!])).orderBy(
    ...keyVars.map((k): [Cypher.Expr, 'ASC' | 'DESC'] => [k, readOrder]),
  );
  const limit = new Cypher.Param(neo4j.int(plan.window.size + 1));
  if (!plan.withTotal) {
    const page = sorted.limit(limit).return(new Cypher.Map({ key: new Cypher.List(keyVars), item: itemExpr(plan, row) }));
    return new Cypher.Map({ rows: new Cypher.Collect(Cypher.utils.concat(...clauses, new Cypher.With(...vars).distinct(), page)) });
  }
  // The total: every row once, counted; the page is cut from the same list.
  const every = new Cypher.Variable();
  const x = new Cypher.Variable();
  const kept: Row = { n: new Cypher.Node(), r: new Cypher.Relationship(), m: new Cypher.Node() };
  const entry = new Cypher.Map({ key: new Cypher.List(keyVars), n: row.n, ...(facts ? { r: row.r, m: row.m } : {}) });
  const xKeys = keys.map((_, i) => Cypher.listIndex(x.property('key'), i));
  const bounds = windowPredicates(plan, xKeys);
  const unwound = new Cypher.Unwind([every, x]);
  const cut = (bounds.length > 0 ? unwound.with(x).where(Cypher.and(...bounds)).with(x) : unwound.with(x))
    .limit(limit)
    .with([x.property('n'), kept.n], ...(facts ? [[x.property('r'), kept.r] as [Cypher.Expr, Cypher.Variable], [x.property('m'), kept.m] as [Cypher.Expr, Cypher.Variable]] : []), x)
    .return(new Cypher.Map({ key: x.property('key'), item: itemExpr(plan, kept) }));
  // `every` is a COLLECT subquery rather than collect(): Neo4j 5 rejects an aggregation inside
  // a subquery expression that sits in a parent's map projection ("implicit grouping keys").
  const everyRow = new Cypher.Collect(Cypher.utils.concat(...clauses, new Cypher.With(...vars).distinct(), sorted.return(entry)));
  const page = new Cypher.With([everyRow, every]).return(new Cypher.Map({ total: Cypher.size(every), rows: new Cypher.Collect(cut) }));
  return Cypher.head(new Cypher.Collect(page));
}

/**
 * How a row's item is reached: all items of the kind at the root; from the parent along
 * `via` (item → parent) for a connection. Rolling up, the parent end is each cancer type of
 * the parent's subtree (matched first, walking down once).
 */
function itemPattern(plan: ListPlan, row: Row, parent: Cypher.Node | undefined): Cypher.Pattern {
  if (!parent || !plan.via) return new Cypher.Pattern(row.n, { labels: [plan.kind] });
  return traversalPattern(row.n, { ...plan.via, rollUp: false }, row.r, row.m, { near: plan.kind, far: false });
}

/**
 * Citation.citedBy: the item's own `citations` name the parent. A list property has no
 * index, so this reads every entity once per citation asked about.
 */
function citing(plan: ListPlan, row: Row, parent: Cypher.Node | undefined): Cypher.Predicate[] {
  return plan.citing && parent ? [Cypher.in(parent.property('id'), row.n.property('citations'))] : [];
}

function rollingUp(plan: ListPlan): boolean {
  return plan.via !== undefined && plan.via.rollUp === true && rollsUp(plan.via);
}

function subtree(plan: ListPlan, row: Row, parent: Cypher.Node | undefined): Cypher.Clause[] {
  return parent && rollingUp(plan) ? [new Cypher.Match(subtreePattern(parent, row.m))] : [];
}

function itemExpr(plan: ListPlan, row: Row): Cypher.Expr {
  if (!isFactPlan(plan.items)) return projectEntity(plan.items, row.n);
  // The via traversal goes from the item to the parent: `out` makes the item the subject.
  return factExpr(plan.items, row.r, ...factEnds(row.n, row.m, plan.via!.direction));
}

/** Keyset bounds of the window over sort keys `keys`: after `after`, before `before`. */
function windowPredicates(plan: ListPlan, keys: readonly Cypher.Expr[]): Cypher.Predicate[] {
  const [afterOp, beforeOp] = plan.sort.direction === 'ASC' ? (['>', '<'] as const) : (['<', '>'] as const);
  const { after, before } = plan.window;
  return [
    ...(after ? [keysetPredicate(keys, new Cypher.Param([...after]), afterOp)] : []),
    ...(before ? [keysetPredicate(keys, new Cypher.Param([...before]), beforeOp)] : []),
  ];
}
