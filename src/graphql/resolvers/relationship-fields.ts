/**
 * Resolver factories for the fields that walk relationships, so that each type's resolver
 * map is a list of one-liners naming the relationship (src/queries/model/relation-fields.ts).
 * Every factory reads through the request's DataLoaders: one query per field per level.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRecord } from '../../queries/entities/entity-record.ts';
import { factOf, type FactRecord } from '../../queries/entities/fact-record.ts';
import type { EntityLabel } from '../../queries/model/graph-model.ts';
import { reverse } from '../../queries/model/relation-fields.ts';
import type { Traversal } from '../../queries/model/relations.ts';
import type { RequestContext } from '../context.ts';
import type { EntityConnection, FactConnectionModel } from '../models.ts';
import { toConnection } from '../pagination/connection.ts';
import { listRequest, type ListArgs } from '../pagination/list-request.ts';

type Field<Result, Args = unknown> = (parent: EntityRecord, args: Args, ctx: RequestContext, info: GraphQLResolveInfo) => Promise<Result>;

/** The parent's facts along a relationship, ordered by the other end's name. */
export function facts(t: Traversal): Field<FactRecord[]> {
  return async (parent, _args, ctx) =>
    (await ctx.loaders.links.load({ traversal: t, parentId: parent.id })).map((link) => factOf(parent, link, t.direction));
}

/** The entities at the other end of the parent's facts along a relationship. */
export function related(t: Traversal): Field<EntityRecord[]> {
  return async (parent, _args, ctx) => (await ctx.loaders.links.load({ traversal: t, parentId: parent.id })).map((link) => link.far);
}

/** The single fact along a relationship the model allows once (a cancer type's parent). */
export function singleFact(t: Traversal): Field<FactRecord | null> {
  return async (parent, args, ctx, info) => (await facts(t)(parent, args, ctx, info))[0] ?? null;
}

export function singleRelated(t: Traversal): Field<EntityRecord | null> {
  return async (parent, args, ctx, info) => (await related(t)(parent, args, ctx, info))[0] ?? null;
}

export interface RelatedListArgs extends ListArgs {
  /** Cancer types only: count relationships to subtypes too. */
  readonly includeSubtypes?: boolean | null;
}

/**
 * A connection over the `label` entities related to the parent along `t` (CancerType.therapies:
 * the therapies USED_FOR it, or, with includeSubtypes, for any subtype), filtered, sorted, paged.
 */
export function relatedConnection(label: EntityLabel, t: Traversal): Field<EntityConnection, RelatedListArgs> {
  return async (parent, args, ctx, info) => {
    const { request, cursors } = listRequest(label, args, info, { via: reverse(t, args.includeSubtypes ?? false) });
    return toConnection(await ctx.loaders.entityPages.load({ request, scope: parent.id }), cursors);
  };
}

/** The same list as relatedConnection, one edge per relationship, read as facts. */
export function relatedFactConnection(label: EntityLabel, t: Traversal): Field<FactConnectionModel, RelatedListArgs> {
  return async (parent, args, ctx, info) => {
    const { request, cursors } = listRequest(label, args, info, { via: reverse(t, args.includeSubtypes ?? false), facts: true });
    return toConnection(await ctx.loaders.factPages.load({ request, scope: parent.id }), cursors);
  };
}
