import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRecord } from '../../queries/entities/entity-record.ts';
import type { EntityLabel } from '../../queries/model/graph-model.ts';
import { KINDS } from '../../seed/kinds.ts';
import type { RequestContext } from '../context.ts';
import { notFound } from '../errors/user-errors.ts';
import type { EntityConnection } from '../models.ts';
import { toConnection } from '../pagination/connection.ts';
import { listRequest, type ListArgs } from '../pagination/list-request.ts';

/** A root list (`therapies`, `cancerTypes`, ...): all entities of a kind, filtered, sorted, paged. */
export function rootConnection(label: EntityLabel) {
  return async (_root: unknown, args: ListArgs, ctx: RequestContext, info: GraphQLResolveInfo): Promise<EntityConnection> => {
    const { request, cursors } = listRequest(label, args, info);
    return toConnection(await ctx.loaders.entityPages.load({ request, scope: null }), cursors);
  };
}

/**
 * A single lookup by id (`therapy(id)`, `node(id)` without a label). A miss, or an id of
 * another kind, is NOT_FOUND: the field is null and the error names the id.
 */
export async function findEntity(ctx: RequestContext, id: string, label?: EntityLabel): Promise<EntityRecord> {
  const entity = await ctx.loaders.entities.load(id);
  if (!entity || (label && entity.__label !== label)) throw notFound(label ? KINDS[label].noun : 'node', id);
  return entity;
}

export function lookup(label: EntityLabel) {
  return (_root: unknown, args: { id: string }, ctx: RequestContext) => findEntity(ctx, args.id, label);
}
