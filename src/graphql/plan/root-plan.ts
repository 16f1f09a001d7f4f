import type { GraphQLResolveInfo } from 'graphql';
import type { KindName } from '../../model/kinds.ts';
import type { EntityPlan, ListPlan } from '../../queries/compile/read-plan.ts';
import type { ListArgs } from '../pagination/list-request.ts';
import { subSelections } from './collect-fields.ts';
import { connectionList, entityPlan } from './entity-plan.ts';

/** The plan of a root list (`therapies(...)`): its page and everything its edges' nodes select. */
export function rootListPlan(info: GraphQLResolveInfo, kind: KindName, args: ListArgs): ListPlan {
  const plan = connectionList(info, subSelections(info.fieldNodes), `${kind}Connection`, kind, args, {});
  // The resolver checked the arguments first (listRequest), so the plan has its list.
  if (!plan) throw new Error(`the arguments of ${info.fieldName} were checked but do not plan`);
  return plan;
}

/** The plan of a lookup (`therapy(id)`, `node(id)`, `nodes(ids)`): what the selection reads of each entity. */
export function lookupPlan(info: GraphQLResolveInfo, typeName: KindName | 'Node'): EntityPlan {
  return entityPlan(info, subSelections(info.fieldNodes), typeName);
}
