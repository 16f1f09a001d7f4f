import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import type { Direction } from '../../model/sort.ts';
import type { Window } from './window.ts';
import { keysetPredicate } from './sort.ts';

/**
 * Where the rows of a paged list come from: a root list, a parent's connection, search hits,
 * the facts citing a citation. `bind` gives the clauses that bind the row's variables, with
 * `predicates` (the keyset bounds, when the page is cut while matching) added to their last
 * WHERE; rows may repeat (they are kept distinct). `keys` sort the rows, the last ones unique
 * per row; `item` is the projection of a row, over variables of the same kinds as `vars`.
 */
export interface RowSource<V extends readonly Cypher.Variable[]> {
  bind(predicates: readonly Cypher.Predicate[]): Cypher.Clause[];
  readonly vars: V;
  readonly keys: readonly Cypher.Expr[];
  readonly direction: Direction;
  item(row: V): Cypher.Expr;
  /**
   * The first key is a stored property whose range index the rows are read from (a root list
   * without a lead, sorted by an indexed property; lists.ts), so Neo4j can read them in order
   * and stop after the page: the window's bounds then go to `bind` as a range on that
   * property (an index seek from the cursor) and the exact keyset test follows the projection.
   * Left in the MATCH, the keyset's OR made the planner split it into a Union of two seeks,
   * which loses the order (scaled graph, a page after a name cursor: 3,685 db hits vs 107).
   */
  readonly indexed?: boolean;
  /** The total, when it is known without reading the rows (Neo4j's count store for an unfiltered list). */
  readonly count?: Cypher.Expr;
}

/**
 * One page of a list as an expression: a map `{rows: [{key, item}], total?}`, where `key`
 * is the row's sort key (the cursor) and `item` its projection. Correlated to whatever
 * variables `bind` reads, so under a parent's projection it is evaluated once per parent
 * (no N+1).
 *
 * Rows are read by keyset: sorted by the keys, strictly after `after` and before `before`,
 * one more than the page to tell whether there is more, read from the end for a `last` page.
 * With the total the rows are matched once, counted, and the page is cut from them (one pass
 * over the filters).
 */
export function pageExpr<V extends readonly Cypher.Variable[]>(source: RowSource<V>, window: Window, withTotal: boolean): Cypher.Expr {
  const readOrder = window.backward === (source.direction === 'ASC') ? 'DESC' : 'ASC';
  const keyVars = source.keys.map(() => new Cypher.Variable());
  const sorted = new Cypher.With(...source.vars, ...source.keys.map((k, i): [Cypher.Expr, Cypher.Variable] => [k, keyVars[i]!])).orderBy(
    ...keyVars.map((k): [Cypher.Expr, 'ASC' | 'DESC'] => [k, readOrder]),
  );
  const distinct = new Cypher.With(...source.vars).distinct();
  const limit = new Cypher.Param(neo4j.int(window.size + 1));
  if (!withTotal || source.count) {
    const projection = new Cypher.Map({ key: new Cypher.List(keyVars), item: source.item(source.vars) });
    const clauses = source.indexed
      ? [...source.bind(seekBounds(source, window)), distinct, keysetCut(source, window, keyVars, readOrder).limit(limit).return(projection)]
      : [...source.bind(windowPredicates(source, window, source.keys)), distinct, sorted.limit(limit).return(projection)];
    const rows = new Cypher.Collect(Cypher.utils.concat(...clauses));
    return new Cypher.Map(withTotal && source.count ? { total: source.count, rows } : { rows });
  }
  // The total: every row once, counted; the page is cut from the same list.
  const every = new Cypher.Variable();
  const x = new Cypher.Variable();
  const kept = source.vars.map(fresh) as unknown as V;
  const entry = new Cypher.Map({ key: new Cypher.List(keyVars), ...Object.fromEntries(source.vars.map((v, i) => [`v${i}`, v])) });
  const bounds = windowPredicates(source, window, source.keys.map((_, i) => Cypher.listIndex(x.property('key'), i)));
  const unwound = new Cypher.Unwind([every, x]);
  const cut = (bounds.length > 0 ? unwound.with(x).where(Cypher.and(...bounds)).with(x) : unwound.with(x))
    .limit(limit)
    .with(...kept.map((v, i): [Cypher.Expr, Cypher.Variable] => [x.property(`v${i}`), v]), x)
    .return(new Cypher.Map({ key: x.property('key'), item: source.item(kept) }));
  // `every` is a COLLECT subquery rather than collect(): Neo4j 5 rejects an aggregation inside
  // a subquery expression that sits in a parent's map projection ("implicit grouping keys").
  const everyRow = new Cypher.Collect(Cypher.utils.concat(...source.bind([]), distinct, sorted.return(entry)));
  const page = new Cypher.With([everyRow, every]).return(new Cypher.Map({ total: Cypher.size(every), rows: new Cypher.Collect(cut) }));
  return Cypher.head(new Cypher.Collect(page));
}

/** A new variable of the same kind (node, relationship, value) for a row read back from the list. */
function fresh(v: Cypher.Variable): Cypher.Variable {
  if (v instanceof Cypher.Node) return new Cypher.Node();
  if (v instanceof Cypher.Relationship) return new Cypher.Relationship();
  return new Cypher.Variable();
}

/**
 * The window's bounds as a range on the first key (`>=` the cursor's first value, ascending):
 * what a range index seek can start from. Rows equal on the first key are cut by `keyset`.
 */
function seekBounds(source: { direction: Direction; keys: readonly Cypher.Expr[] }, window: Window): Cypher.Predicate[] {
  const first = source.keys[0]!;
  const { after, before } = window;
  const [afterOp, beforeOp] = source.direction === 'ASC' ? ([Cypher.gte, Cypher.lte] as const) : ([Cypher.lte, Cypher.gte] as const);
  return [
    ...(after ? [afterOp(first, Cypher.listIndex(new Cypher.Param([...after]), 0))] : []),
    ...(before ? [beforeOp(first, Cypher.listIndex(new Cypher.Param([...before]), 0))] : []),
  ];
}

/**
 * The rows' keys projected (`WITH vars, key AS k0, ...`), those outside the window's keyset
 * bounds dropped (a WHERE over the projected keys, after the seek), sorted in reading order.
 */
function keysetCut<V extends readonly Cypher.Variable[]>(source: RowSource<V>, window: Window, keyVars: readonly Cypher.Variable[], readOrder: Direction): Cypher.With {
  const projected = new Cypher.With(...source.vars, ...source.keys.map((k, i): [Cypher.Expr, Cypher.Variable] => [k, keyVars[i]!]));
  const bounds = windowPredicates(source, window, keyVars);
  const kept = bounds.length ? projected.where(Cypher.and(...bounds)).with(...source.vars, ...keyVars) : projected;
  return kept.orderBy(...keyVars.map((k): [Cypher.Expr, Direction] => [k, readOrder]));
}

/** Keyset bounds of the window over sort keys `keys`: after `after`, before `before`. */
function windowPredicates(source: { direction: Direction }, window: Window, keys: readonly Cypher.Expr[]): Cypher.Predicate[] {
  const [afterOp, beforeOp] = source.direction === 'ASC' ? (['>', '<'] as const) : (['<', '>'] as const);
  const { after, before } = window;
  return [
    ...(after ? [keysetPredicate(keys, new Cypher.Param([...after]), afterOp)] : []),
    ...(before ? [keysetPredicate(keys, new Cypher.Param([...before]), beforeOp)] : []),
  ];
}
