import type { GraphQLResolveInfo } from 'graphql';
import type { KindName } from '../../model/kinds.ts';
import type { EntityPlan, ListPlan, NeighborhoodPlan, PathsPlan, ProvenancePlan, SearchPlan } from '../../queries/compile/read-plan.ts';
import type { Window } from '../../queries/compile/window.ts';
import type { ListArgs } from '../pagination/list-request.ts';
import { collectFields, subSelections } from './collect-fields.ts';
import { connectionList, connectionSelection, entityPlan, factPlan, fieldSelections } from './entity-plan.ts';

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

/** `search`, its window checked by the resolver: what each hit's node selects. */
export function searchPlan(info: GraphQLResolveInfo, window: Window): SearchPlan {
  const page = connectionSelection(info, subSelections(info.fieldNodes), 'SearchConnection');
  return { window, withTotal: page.withTotal, node: entityPlan(info, page.nodeSets, 'Node') };
}

/** The fields a root field's object type (`Neighborhood`, `Path`, `Provenance`) selects, by name. */
function selected(info: GraphQLResolveInfo, typeName: string) {
  const fields = collectFields(info, subSelections(info.fieldNodes), typeName);
  return (name: string) => fieldSelections(fields, name);
}

export function neighborhoodPlan(info: GraphQLResolveInfo): NeighborhoodPlan {
  const of = selected(info, 'Neighborhood');
  return { center: entityPlan(info, of('center'), 'Node'), nodes: entityPlan(info, of('nodes'), 'Node'), edges: factPlan(info, of('edges'), 'Fact', undefined, undefined) };
}

export function pathsPlan(info: GraphQLResolveInfo): PathsPlan {
  const of = selected(info, 'Path');
  const step = collectFields(info, of('steps'), 'PathStep');
  const stepOf = (name: string) => fieldSelections(step, name);
  // A step's ends are also the path's nodes: read only when the request selects them there.
  const end = (name: string) => (stepOf(name).length ? entityPlan(info, stepOf(name), 'Node') : undefined);
  const [from, to] = [end('from'), end('to')];
  return {
    nodes: entityPlan(info, of('nodes'), 'Node'),
    ...(from && { from }),
    ...(to && { to }),
    fact: factPlan(info, stepOf('fact'), 'Fact', undefined, undefined),
  };
}

export function provenancePlan(info: GraphQLResolveInfo): ProvenancePlan {
  const of = selected(info, 'Provenance');
  const facts = fieldSelections(collectFields(info, of('factGroups'), 'FactGroup'), 'facts');
  const [citedBy, supports] = [of('citedBy'), of('supports')];
  return {
    node: entityPlan(info, of('node'), 'Node'),
    citations: entityPlan(info, of('citations'), 'Citation'),
    // Facts are grouped by their type (provenance.ts), selected or not.
    facts: { ...factPlan(info, facts, 'Fact', undefined, undefined), relationship: true },
    claims: entityPlan(info, of('claims'), 'Claim'),
    ...(citedBy.length > 0 ? { citedBy: entityPlan(info, citedBy, 'Node') } : {}),
    ...(supports.length > 0 ? { supports: factPlan(info, supports, 'Fact', undefined, undefined) } : {}),
  };
}

/** `facets`: what the bucket nodes of every group selected read (one plan for all: any kind, merged). */
export function facetBucketsPlan(info: GraphQLResolveInfo): EntityPlan {
  const groups = selected(info, 'TherapyFacets');
  const counts = ['byCancerType', 'byRoute', 'byBiomarker'].flatMap((name) => groups(name));
  return entityPlan(info, fieldSelections(collectFields(info, counts, 'FacetCount'), 'node'), 'Node');
}
