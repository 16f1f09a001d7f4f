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
 * selects; with ids in its filter, also the ones that name nothing (unknown-ids.ts).
 */
export function listStatement(plan: ListPlan): CypherQuery {
  const { cypher, params } = new Cypher.Return([listExpr(plan, undefined), 'page'], [unknownIdsExpr(idChecksOf(plan.kind, plan.filter)), 'unknownIds']).build();
  return { cypher, params };
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

export async function readList(reader: GraphReader, plan: ListPlan): Promise<{ page: Page<EntityRecord>; unknownIds: UnknownIds }> {
  const q = listStatement(plan);
  const [row] = await reader.read<{ page: CompiledPage; unknownIds: [string, string][] }>(q.cypher, q.params);
  return { page: pageOf(row!.page, plan), unknownIds: unknownIdsOf(row!.unknownIds) };
}
