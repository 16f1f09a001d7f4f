import type { GraphQLResolveInfo } from 'graphql';
import { KINDS, type KindName } from '../../model/kinds.ts';
import type { EntityRecord } from '../../model/records.ts';
import { entitiesStatement, readEntities } from '../../queries/compile/entities-statement.ts';
import { listStatement, readList } from '../../queries/compile/list-statement.ts';
import type { RequestContext } from '../context.ts';
import { notFound } from '../errors/user-errors.ts';
import type { EntityConnection } from '../models.ts';
import { toConnection } from '../pagination/connection.ts';
import { listRequest, type ListArgs } from '../pagination/list-request.ts';
import { prepared } from '../plan/prepared.ts';
import { lookupPlan, rootListPlan } from '../plan/root-plan.ts';
import { selectsField } from '../selection.ts';
import { warnUnknownIds } from '../warnings/unknown-ids.ts';
import { filterFields, idKind } from '../../model/filters.ts';

/**
 * A root list (`therapies`, `cancerTypes`, ...): all entities of a kind, filtered, sorted,
 * paged, with everything the page selects, in one statement. Arguments are checked first.
 */
export function rootConnection(kind: KindName) {
  return async (_root: unknown, args: ListArgs, ctx: RequestContext, info: GraphQLResolveInfo): Promise<EntityConnection> => {
    const { cursors, plan, statement } = prepared(info, () => {
      const { cursors } = listRequest(kind, args, selectsField(info, 'totalCount'));
      const plan = rootListPlan(info, kind, args);
      return { cursors, plan, statement: listStatement(plan) };
    });
    const { page, unknownIds } = await readList(ctx.reader, plan, statement);
    await warnUnknownIds(ctx, info, unknownIds, (field) => idKind(kind, filterFields[kind][field]!));
    return toConnection(page, cursors);
  };
}

/**
 * A single lookup by id (`therapy(id)`, `node(id)` without a kind), in one statement. A
 * miss, or an id of another kind, is NOT_FOUND: the field is null and the error names the id.
 */
export function lookup(kind?: KindName) {
  return async (_root: unknown, args: { id: string }, ctx: RequestContext, info: GraphQLResolveInfo): Promise<EntityRecord> => {
    const { plan, statement } = prepared(info, () => {
      const plan = lookupPlan(info, kind ?? 'Node');
      return { plan, statement: entitiesStatement([args.id], plan, kind) };
    });
    const found = (await readEntities(ctx.reader, [args.id], plan, kind, statement)).get(args.id);
    if (!found) throw notFound(kind ? KINDS[kind].noun : 'node', args.id);
    return found;
  };
}

/** `nodes(ids)` in one statement: each miss is null with its own NOT_FOUND at its index. */
export async function lookupMany(ids: readonly string[], ctx: RequestContext, info: GraphQLResolveInfo): Promise<(EntityRecord | Error)[]> {
  const found = await readEntities(ctx.reader, ids, lookupPlan(info, 'Node'));
  return ids.map((id) => found.get(id) ?? notFound('node', id));
}
