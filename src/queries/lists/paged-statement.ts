import neo4j from 'neo4j-driver';
import type { GraphReader } from '../../neo4j/graph-reader.ts';
import type { CypherQuery } from '../cypher-query.ts';
import { toPage, type Page, type SortKey, type Window } from './window.ts';

/**
 * Where the rows of a list come from. Every part is Cypher text written in src/queries
 * (constants and variable names), never request input; values travel as parameters.
 */
export interface RowSource {
  /** Clauses binding the candidate rows; may read `scope` (the parent's id, null at the root). */
  readonly match: string;
  /** Predicates every row must meet (scope, filters). */
  readonly where: readonly string[];
  /** The variables that make one row, e.g. `n` or `n, r, m`; rows are distinct over them. */
  readonly row: string;
  /** Sort expressions over the row, most significant first, the last ones unique per row. */
  readonly keys: readonly string[];
  /** Map expression returned for each row. */
  readonly project: string;
  readonly params: Record<string, unknown>;
}

export type Direction = 'ASC' | 'DESC';

/**
 * The one statement every paged list runs: for each scope (a parent id, or `null` for a
 * root list), the window's rows in sort order by keyset (rows strictly after `after` and
 * before `before`), one extra row to tell whether there is more, and the total count when
 * asked. Many parents' pages of the same list are read by one statement.
 */
export function pagedStatement(
  source: RowSource,
  direction: Direction,
  w: Window,
  withTotal: boolean,
  scopes: readonly (string | null)[],
): CypherQuery {
  const [afterOp, beforeOp] = direction === 'ASC' ? (['>', '<'] as const) : (['<', '>'] as const);
  const readOrder = w.backward === (direction === 'ASC') ? 'DESC' : 'ASC';
  const window = [
    ...(w.after ? [keysetPredicate(source.keys, '$after', afterOp)] : []),
    ...(w.before ? [keysetPredicate(source.keys, '$before', beforeOp)] : []),
  ];
  const keyVars = source.keys.map((_, i) => `k${i}`);
  const total = withTotal
    ? `
CALL (scope) {
  ${source.match}
  ${where(source.where)}
  WITH DISTINCT ${source.row}
  RETURN count(*) AS total
}`
    : '';
  return {
    cypher: `
UNWIND $scopes AS scope
CALL (scope) {
  ${source.match}
  ${where([...source.where, ...window])}
  WITH DISTINCT ${source.row}
  WITH ${source.row}, ${source.keys.map((k, i) => `${k} AS ${keyVars[i]}`).join(', ')}
  ORDER BY ${keyVars.map((k) => `${k} ${readOrder}`).join(', ')}
  LIMIT $limit
  RETURN collect({key: [${keyVars.join(', ')}], item: ${source.project}}) AS rows
}${total}
RETURN scope, rows${withTotal ? ', total' : ''}`,
    params: { ...source.params, scopes, after: w.after ?? null, before: w.before ?? null, limit: neo4j.int(w.size + 1) },
  };
}

/** Runs a paged statement; returns each scope's page, its rows' items read by `read`. */
export async function readPages<T>(
  reader: GraphReader,
  q: CypherQuery,
  w: Window,
  read: (item: unknown) => T,
): Promise<Map<string | null, Page<T>>> {
  const rows = await reader.read<{ scope: string | null; rows: { key: SortKey; item: unknown }[]; total?: number }>(
    q.cypher,
    q.params,
  );
  return new Map(
    rows.map((r) => [r.scope, toPage(r.rows.map((x) => ({ key: x.key, item: read(x.item) })), w, r.total)]),
  );
}

function where(predicates: readonly string[]): string {
  return predicates.length ? `WHERE ${predicates.join('\n    AND ')}` : '';
}

/** Rows whose key compares `op` to the key in `param`, lexicographically: (a, b) > (x, y). */
export function keysetPredicate(keys: readonly string[], param: string, op: '>' | '<'): string {
  const alternatives = keys.map((key, i) => {
    const equal = keys.slice(0, i).map((k, j) => `${k} = ${param}[${j}]`);
    return `(${[...equal, `${key} ${op} ${param}[${i}]`].join(' AND ')})`;
  });
  return `(${alternatives.join(' OR ')})`;
}
