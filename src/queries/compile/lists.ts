import Cypher from '@neo4j/cypher-builder';
import { ENTITY_LABEL } from '../../model/kinds.ts';
import { rollsUp } from '../../model/relations.ts';
import { projectEntity } from './entity-projection.ts';
import { factEnds, factExpr } from './facts.ts';
import { filterCypher } from './filters.ts';
import { subtreePattern, traversalPattern } from './patterns.ts';
import { isFactPlan, type ListPlan } from './read-plan.ts';
import { pageExpr, type RowSource } from './page.ts';
import { sortKey } from './sort.ts';
import { indexedSortProperty } from '../../model/sort.ts';

/** The variables of one row of a list: the item, and for a parent's list the relationship and the parent end. */
interface Row {
  readonly n: Cypher.Node;
  readonly r: Cypher.Relationship;
  readonly m: Cypher.Node;
}

/**
 * One page of a list (pageExpr): at the root `parent` is undefined; for a connection it is
 * the parent entity. Rows are sorted by the sort key then id (then the parent end, for
 * facts), filtered by the model's filters (a roll-up filter leads: it binds the items).
 *
 * A root list that no filter leads, sorted by a property with a range index
 * (src/model/sort.ts indexedSortProperty and SORT_INDEXES: the id; the kind or the stored
 * lower-case name, each then the id), is read in the index's order: `IS NOT NULL` on the
 * index's properties lets Neo4j read the order from it, and it stops after `first + 1` rows
 * that pass the filters' guards. Unfiltered, its total is the count store's
 * `COUNT { MATCH (:Kind) }` (NodeCountFromCountStore, 1 db hit). PROFILE, Neo4j 5.26
 * Community, the rows of a page before their projection:
 * - scaled graph (20k therapies), `therapies(first: 50, sort: {field: ID})`: NodeByLabelScan
 *   and Sort of 19,980 rows before; now `NodeIndexScan RANGE INDEX Therapy(id) WHERE id IS
 *   NOT NULL` of 53 rows, the guards as SelectOrSemiApply that run nothing, PartialTop (54
 *   db hits);
 * - shipped graph, `therapies(first: 5, after: <name cursor>)`: `NodeIndexSeek RANGE INDEX
 *   Therapy(nameSortKey, id) WHERE nameSortKey >= $after[0] AND id IS NOT NULL` of 8 rows,
 *   the keyset test, Limit (9 db hits); `last: 5, before:` the same seek with `<=`, read
 *   descending (9).
 */
export function listExpr(plan: ListPlan, parent: Cypher.Node | undefined): Cypher.Expr {
  // The parent end of a row: the parent itself, or each cancer type of its subtree when rolling up.
  const row: Row = { n: new Cypher.Node(), r: new Cypher.Relationship(), m: parent && !rollingUp(plan) ? parent : new Cypher.Node() };
  const facts = isFactPlan(plan.items);
  const filter = plan.kind === ENTITY_LABEL ? { leads: [], predicates: [], constrains: false } : filterCypher(plan.kind, row.n, plan.filter);
  const indexed = parent || plan.kind === ENTITY_LABEL || filter.leads.length > 0 ? undefined : indexedSortProperty(plan.kind, plan.sort.field);
  // Every property of the sort index (the key, then the id): what Neo4j needs before it reads the order of a composite index.
  const ordered = indexed ? [...new Set([indexed, 'id'])].map((p) => Cypher.isNotNull(row.n.property(p))) : [];
  const bind = (predicates: readonly Cypher.Predicate[]) => [
    ...filter.leads,
    ...subtree(plan, row, parent),
    new Cypher.Match(itemPattern(plan, row, parent)).where(Cypher.and(...ordered, ...filter.predicates, ...citing(plan, row, parent), ...predicates)),
  ];
  const keys = [sortKey(row.n, plan.sort.field), row.n.property('id')];
  if (facts) {
    const source: RowSource<[Cypher.Node, Cypher.Relationship, Cypher.Node]> = {
      bind,
      vars: [row.n, row.r, row.m],
      keys: [...keys, row.m.property('id')],
      direction: plan.sort.direction,
      item: ([n, r, m]) => itemExpr(plan, { n, r, m }),
    };
    return pageExpr(source, plan.window, plan.withTotal);
  }
  const source: RowSource<[Cypher.Node]> = {
    bind,
    vars: [row.n],
    keys,
    direction: plan.sort.direction,
    item: ([n]) => itemExpr(plan, { ...row, n }),
    ...(indexed && { indexed: true }),
    ...(indexed && !filter.constrains && { count: new Cypher.Count(new Cypher.Match(new Cypher.Pattern(new Cypher.Node(), { labels: [plan.kind] }))) }),
  };
  return pageExpr(source, plan.window, plan.withTotal);
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
