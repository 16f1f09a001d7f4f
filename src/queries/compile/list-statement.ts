import Cypher from '@neo4j/cypher-builder';
import type { EntityRecord } from '../../model/records.ts';
import type { GraphReader } from '../../neo4j/graph-reader.ts';
import type { CypherQuery } from '../cypher-query.ts';
import { toPage, type Page, type SortKey } from './window.ts';
import { listExpr } from './lists.ts';
import type { ListPlan } from './read-plan.ts';
import { idChecksOf, unknownIdsExpr, unknownIdsOf, type UnknownIds } from './unknown-ids.ts';

/**
 * The one statement of a root list (`therapies`, `claims`, ...) and everything its page
 * selects, with the ids of its filter that name nothing (unknown-ids.ts).
 */
export function listStatement(plan: ListPlan): CypherQuery {
  return rootPageStatement(listExpr(plan, undefined), [[unknownIdsExpr(idChecksOf(plan.kind, plan.filter)), 'unknownIds']]);
}

/**
 * A root field's page (pageExpr) as the statement's records, one per row (`row`), each with
 * the page's `total` and the other `columns`; a page without rows is one record whose `row`
 * is null. Not one record holding the whole page: neo4j-driver decodes a record that spans
 * several Bolt chunks through a slow path (each value read looks up its chunk, each string
 * gets a new StringDecoder), so a large page in one record cost our process more CPU than
 * all of Neo4j's work for it. Measured on the shipped graph, driver-side CPU of one answer of
 * the bench's facts50 (80 KB): 11.6 ms as one record, 6.2 ms as 51 (the floor's 50 rows:
 * 3.2 ms); Neo4j's db hits the same.
 */
export function rootPageStatement(page: Cypher.Expr, columns: readonly [Cypher.Expr, string][]): CypherQuery {
  const p = new Cypher.Variable();
  const row = new Cypher.Variable();
  const rows = p.property('rows');
  const named = columns.map(([expr, name]): [Cypher.Expr, Cypher.Variable] => [expr, new Cypher.NamedVariable(name)]);
  const oneOrMore = new Cypher.Case().when(Cypher.eq(Cypher.size(rows), new Cypher.Literal(0))).then(new Cypher.List([Cypher.Null])).else(rows);
  const { cypher, params } = new Cypher.With([page, p], ...named)
    .unwind([oneOrMore, row])
    .return([p.property('total'), 'total'], ...named.map(([, v]) => v), [row, 'row'])
    .build();
  return { cypher, params };
}

/** The records of a rootPageStatement: the page, and the first record's other columns. */
export async function readRootPage<C extends Record<string, unknown>>(reader: GraphReader, q: CypherQuery): Promise<{ page: CompiledPage; columns: C }> {
  const records = await reader.read<C & { total: number | null; row: CompiledPage['rows'][number] | null }>(q.cypher, q.params);
  const first = records[0]!;
  return { page: { rows: records.flatMap((r) => (r.row ? [r.row] : [])), ...(first.total === null ? {} : { total: first.total }) }, columns: first };
}

/** A page as the compiled statement returns it: rows in reading order, the total when selected. */
export interface CompiledPage {
  readonly rows: readonly { readonly key: SortKey; readonly item: unknown }[];
  readonly total?: number;
}

/** The page of rows a compiled list read (root list or connection), for its window. */
export function pageOf<T>(compiled: CompiledPage, plan: Pick<ListPlan, 'window'>): Page<T> {
  return toPage(
    compiled.rows.map((r) => ({ key: r.key, item: r.item as T })),
    plan.window,
    compiled.total ?? undefined,
  );
}

/** The root list's page; `q` is listStatement(plan), given when the caller has it already (src/graphql/plan/prepared.ts). */
export async function readList(reader: GraphReader, plan: ListPlan, q: CypherQuery = listStatement(plan)): Promise<{ page: Page<EntityRecord>; unknownIds: UnknownIds }> {
  const { page, columns } = await readRootPage<{ unknownIds: [string, string][] }>(reader, q);
  return { page: pageOf(page, plan), unknownIds: unknownIdsOf(columns.unknownIds) };
}
