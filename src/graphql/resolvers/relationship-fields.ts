/**
 * Resolver factories for the fields that walk relationships (made for every kind from the
 * model in kind-resolvers.ts). A parent read by a compiled statement carries each field's
 * value already (compiledValue); only a parent found otherwise (search, neighborhood,
 * paths, provenance) reads it here, through the request's DataLoaders: one query per field
 * per level, whatever the number of parents.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { KindName } from '../../model/kinds.ts';
import type { EntityRecord } from '../../model/records.ts';
import { reverse, type Traversal } from '../../model/relations.ts';
import { pageOf, type CompiledPage } from '../../queries/compile/list-statement.ts';
import { factOf, type FactRecord } from '../../queries/entities/fact-record.ts';
import type { RequestContext } from '../context.ts';
import type { EntityConnection, FactConnectionModel } from '../models.ts';
import { toConnection } from '../pagination/connection.ts';
import { listRequest, type ListArgs } from '../pagination/list-request.ts';
import { compiledValue } from '../plan/compiled-value.ts';
import { selectsField } from '../selection.ts';

type Field<Result, Args = unknown> = (parent: EntityRecord, args: Args, ctx: RequestContext, info: GraphQLResolveInfo) => Promise<Result>;

/** The parent's facts along a relationship, ordered by the other end's name. */
export function facts(t: Traversal): Field<FactRecord[]> {
  return async (parent, _args, ctx, info) =>
    (compiledValue(parent, info)?.value as FactRecord[] | undefined) ??
    (await ctx.loaders.links.load({ traversal: t, parentId: parent.id })).map((link) => factOf(parent, link, t.direction));
}

/** The entities at the other end of the parent's facts along a relationship. */
export function related(t: Traversal): Field<EntityRecord[]> {
  return async (parent, _args, ctx, info) =>
    (compiledValue(parent, info)?.value as EntityRecord[] | undefined) ??
    (await ctx.loaders.links.load({ traversal: t, parentId: parent.id })).map((link) => link.far);
}

/** The single fact along a relationship the model allows once (a cancer type's parent). */
export function singleFact(t: Traversal): Field<FactRecord | null> {
  return async (parent, args, ctx, info) => {
    const compiled = compiledValue(parent, info);
    return compiled ? (compiled.value as FactRecord | null) : ((await facts(t)(parent, args, ctx, info))[0] ?? null);
  };
}

export function singleRelated(t: Traversal): Field<EntityRecord | null> {
  return async (parent, args, ctx, info) => {
    const compiled = compiledValue(parent, info);
    return compiled ? (compiled.value as EntityRecord | null) : ((await related(t)(parent, args, ctx, info))[0] ?? null);
  };
}

export interface RelatedListArgs extends ListArgs {
  /** Cancer types only: count relationships to subtypes too. */
  readonly includeSubtypes?: boolean | null;
}

/**
 * A connection over the `label` entities related to the parent along `t` (CancerType.therapies:
 * the therapies USED_FOR it, or, with includeSubtypes, for any subtype), filtered, sorted,
 * paged. Its arguments are checked here, so an error is reported at this field.
 */
export function relatedConnection(label: KindName, t: Traversal): Field<EntityConnection, RelatedListArgs> {
  return async (parent, args, ctx, info) => {
    const { request, cursors } = listRequest(label, args, selectsField(info, 'totalCount'), { via: reverse(t, args.includeSubtypes ?? false) });
    const compiled = compiledValue(parent, info);
    const page = compiled
      ? pageOf<EntityRecord>(compiled.value as CompiledPage, request)
      : await ctx.loaders.entityPages.load({ request, scope: parent.id });
    return toConnection(page, cursors);
  };
}

/** The same list as relatedConnection, one edge per relationship, read as facts. */
export function relatedFactConnection(label: KindName, t: Traversal): Field<FactConnectionModel, RelatedListArgs> {
  return async (parent, args, ctx, info) => {
    const via = reverse(t, args.includeSubtypes ?? false);
    const { request, cursors } = listRequest(label, args, selectsField(info, 'totalCount'), { via, facts: true });
    const compiled = compiledValue(parent, info);
    const page = compiled
      ? pageOf<FactRecord>(compiled.value as CompiledPage, request)
      : await ctx.loaders.factPages.load({ request, scope: parent.id });
    return toConnection(page, cursors);
  };
}
