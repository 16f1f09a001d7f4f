import neo4j from 'neo4j-driver';
import type { GraphReader } from '../../neo4j/graph-reader.ts';
import type { Direction } from '../../model/sort.ts';
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
  const readOrder = w.backward === (direction === 'ASC') ? 'DESC' : 'ASC';
  const keyVars = source.keys.map((_, i) => `k${i}`);
  const sorted = (predicates: readonly string[]) => `
  ${source.match}
  ${where([...source.where, ...predicates])}
  WITH DISTINCT ${source.row}
  WITH ${source.row}, ${source.keys.map((k, i) => `${k} AS ${keyVars[i]}`).join(', ')}
  ORDER BY ${keyVars.map((k) => `${k} ${readOrder}`).join(', ')}`;
  const body = withTotal ? withTotalBody(source, sorted([]), keyVars, direction, w) : `${sorted(windowPredicates(source.keys, direction, w))}
  LIMIT $limit
  RETURN collect({key: [${keyVars.join(', ')}], item: ${source.project}}) AS rows`;
  return {
    cypher: `
UNWIND $scopes AS scope
CALL (scope) {${body}
}
RETURN scope, rows${withTotal ? ', total' : ''}`,
    params: { ...source.params, scopes, after: w.after ?? null, before: w.before ?? null, limit: neo4j.int(w.size + 1) },
  };
}

/**
 * With the total: every row is matched once, sorted and counted, and the window is cut from
 * that list, so the filters are not evaluated a second time for the count.
 */
function withTotalBody(source: RowSource, sorted: string, keyVars: readonly string[], direction: Direction, w: Window): string {
  const vars = source.row.split(',').map((v) => v.trim());
  const inWindow = windowPredicates(keyVars.map((_, i) => `x.key[${i}]`), direction, w);
  return `${sorted}
  WITH collect({key: [${keyVars.join(', ')}], ${vars.map((v) => `${v}: ${v}`).join(', ')}}) AS everyRow
  WITH size(everyRow) AS total, [x IN everyRow ${where(inWindow)}][0..$limit] AS windowRows
  RETURN total, COLLECT {
    UNWIND windowRows AS x
    WITH x.key AS key, ${vars.map((v) => `x.${v} AS ${v}`).join(', ')}
    RETURN {key: key, item: ${source.project}}
  } AS rows`;
}

/** The keyset predicates of a window over sort keys `keys`: after `$after`, before `$before`. */
function windowPredicates(keys: readonly string[], direction: Direction, w: Window): string[] {
  const [afterOp, beforeOp] = direction === 'ASC' ? (['>', '<'] as const) : (['<', '>'] as const);
  return [
    ...(w.after ? [keysetPredicate(keys, '$after', afterOp)] : []),
    ...(w.before ? [keysetPredicate(keys, '$before', beforeOp)] : []),
  ];
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
