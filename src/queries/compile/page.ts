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
  if (!withTotal) {
    const page = sorted.limit(limit).return(new Cypher.Map({ key: new Cypher.List(keyVars), item: source.item(source.vars) }));
    return new Cypher.Map({ rows: new Cypher.Collect(Cypher.utils.concat(...source.bind(windowPredicates(source, window, source.keys)), distinct, page)) });
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

/** Keyset bounds of the window over sort keys `keys`: after `after`, before `before`. */
function windowPredicates(source: { direction: Direction }, window: Window, keys: readonly Cypher.Expr[]): Cypher.Predicate[] {
  const [afterOp, beforeOp] = source.direction === 'ASC' ? (['>', '<'] as const) : (['<', '>'] as const);
  const { after, before } = window;
  return [
    ...(after ? [keysetPredicate(keys, new Cypher.Param([...after]), afterOp)] : []),
    ...(before ? [keysetPredicate(keys, new Cypher.Param([...before]), beforeOp)] : []),
  ];
}
