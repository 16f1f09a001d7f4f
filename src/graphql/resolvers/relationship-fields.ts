/**
 * Resolver factories for the fields that walk relationships (made for every kind from the
 * model in kind-resolvers.ts). Every parent was read by its root field's compiled statement,
 * which carries each field's value already (compiledValue); connections check their
 * arguments first, so an invalid one is reported at the field.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { KindName } from '../../model/kinds.ts';
import type { EntityRecord } from '../../model/records.ts';
import { reverse, type Traversal } from '../../model/relations.ts';
import { pageOf, type CompiledPage } from '../../queries/compile/list-statement.ts';
import type { FactRecord } from '../../queries/entities/fact-record.ts';
import type { RequestContext } from '../context.ts';
import { toConnection, type ConnectionModel, type EdgeModel } from '../pagination/connection.ts';
import type { CursorList } from '../pagination/cursor.ts';
import { listRequest, type ListArgs } from '../pagination/list-request.ts';
import { toWindow, type PageArgs } from '../pagination/page-args.ts';
import { compiledValue } from '../plan/compiled-value.ts';
import { selectsField } from '../selection.ts';

type Field<Result, Args = unknown> = (parent: object, args: Args, ctx: RequestContext, info: GraphQLResolveInfo) => Result;

/** A plain-list or single relationship field (`routes`, `routeFacts`, `parent`): what the statement read. */
export function compiledField<Result>(): Field<Result> {
  return (parent, _args, _ctx, info) => compiledValue<Result>(parent, info);
}

export interface RelatedListArgs extends ListArgs {
  /** Cancer types only: count relationships to subtypes too. */
  readonly includeSubtypes?: boolean | null;
}

/**
 * A connection over the `label` entities related to the parent along `t` (CancerType.therapies:
 * the therapies USED_FOR it, or, with includeSubtypes, for any subtype), filtered, sorted,
 * paged; `facts` for one edge per relationship, read as facts.
 */
export function relatedConnection(label: KindName, t: Traversal, facts: boolean): Field<ConnectionModel<EdgeModel<EntityRecord | FactRecord>>, RelatedListArgs> {
  return (parent, args, _ctx, info) => {
    const via = reverse(t, args.includeSubtypes ?? false);
    const { request, cursors } = listRequest(label, args, selectsField(info, 'totalCount'), { via, facts });
    return toConnection(pageOf<EntityRecord | FactRecord>(compiledValue<CompiledPage>(parent, info), request), cursors);
  };
}

/**
 * A connection of a citation (`supports`, `citedBy`) whose page the statement read: its page
 * arguments are checked here, against `list`'s cursors, so an invalid one is reported at
 * the field.
 */
export function compiledConnection<T extends EntityRecord | FactRecord>(list: CursorList): Field<ConnectionModel<EdgeModel<T>>, PageArgs> {
  return (parent, args, _ctx, info) => {
    const window = toWindow(args, list);
    return toConnection(pageOf<T>(compiledValue<CompiledPage>(parent, info), { window }), list);
  };
}
