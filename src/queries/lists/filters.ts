import type { EntityLabel } from '../model/graph-model.ts';
import { relationFields } from '../model/relation-fields.ts';
import { REL } from '../../seed/kinds.ts';
import { rollsUp, subtreeRows, traversalPattern, type Traversal } from '../model/relations.ts';
import { supportStatusFilter } from '../provenance/support-status-filter.ts';

/**
 * What each kind's lists can be filtered by. A filter is a GraphQL input object; each of
 * its fields is one predicate over the list item `n`, and the predicates are ANDed. A list
 * value means "any of these" (OR within the field); an empty list or null is no constraint.
 * Only the fields defined here are read from the input, and each predicate and lead is
 * Cypher text from this file with the value passed as a parameter.
 */
export interface FilterField {
  /** Cypher predicate over `n`, reading the value from parameter `$param`. */
  predicate?(param: string): string;
  /**
   * Clauses run before the list's own MATCH, binding the candidate items `n` from the nodes
   * the filter names (a cancer type and its subtypes), where a predicate would test every item.
   */
  lead?(param: string): string;
  /** The parameter for an input value, or undefined when the value sets no constraint. */
  parameter(value: unknown): unknown;
}

const anyOf = (value: unknown) => (Array.isArray(value) && value.length > 0 ? value : undefined);
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim().toLowerCase() : undefined);
const flag = (value: unknown) => (typeof value === 'boolean' ? value : undefined);

const ids: FilterField = { predicate: (p) => `n.id IN $${p}`, parameter: anyOf };

/** Case-insensitive substring of a text property or, if given, of any entry of a list property. */
function contains(property: string, listProperty?: string): FilterField {
  return {
    predicate: (p) =>
      listProperty
        ? `(toLower(n.${property}) CONTAINS $${p} OR any(v IN coalesce(n.${listProperty}, []) WHERE toLower(v) CONTAINS $${p}))`
        : `toLower(n.${property}) CONTAINS $${p}`,
    parameter: text,
  };
}

function propertyIn(property: string): FilterField {
  return { predicate: (p) => `n.${property} IN $${p}`, parameter: anyOf };
}

/**
 * Related to any of the given ids along a relationship; into cancer types this rolls up, so
 * `cancerTypes: ["leukemia"]` also matches therapies used for a subtype of leukemia. A
 * roll-up starts from the subtree of the types named (see subtreeRows): as an `EXISTS` test
 * of every item it walked up the tree from each one, millions of steps on a large graph.
 */
function relatedTo(t: Traversal): FilterField {
  const node = (p: string) => `${p}_node`;
  const pattern = (p: string) => traversalPattern({ ...t, rollUp: false }, 'n', '', node(p)).pattern;
  if (rollsUp(t)) return { lead: (p) => `${subtreeRows(`$${p}`, node(p))}\n  MATCH ${pattern(p)}`, parameter: anyOf };
  return { predicate: (p) => `EXISTS { MATCH ${pattern(p)} WHERE ${node(p)}.id IN $${p} }`, parameter: anyOf };
}

/** The relationship filters of a kind: one per named relationship field. */
function relatedBy<L extends EntityLabel>(label: L, ...fields: (keyof (typeof relationFields)[L] & string)[]) {
  const traversals = relationFields[label] as Record<string, Traversal>;
  return Object.fromEntries(fields.map((f) => [f, relatedTo(traversals[f]!)]));
}

/** Therapies whose treatment type has one of the goals (goals belong to treatment types). */
const therapyGoals: FilterField = {
  predicate: (p) =>
    `EXISTS { MATCH (n)-[:${REL.IS_A}]->(:TreatmentType)-[:${REL.HAS_GOAL}]->(x:TreatmentGoal) WHERE x.id IN $${p} }`,
  parameter: anyOf,
};

/** Cancer types below any of the given ones, at any depth. */
const subtypeOf: FilterField = {
  predicate: (p) => `EXISTS { MATCH (n)-[:${REL.SUBTYPE_OF}*1..]->(x:CancerType) WHERE x.id IN $${p} }`,
  parameter: anyOf,
};

/** true: only cancer types without a parent; false: only subtypes. */
const topLevel: FilterField = {
  predicate: (p) => `(NOT EXISTS { (n)-[:${REL.SUBTYPE_OF}]->() }) = $${p}`,
  parameter: flag,
};

const named = { ids, nameContains: contains('name') };

export const filters: Record<EntityLabel, Record<string, FilterField>> = {
  Therapy: {
    ids,
    nameContains: contains('name', 'aliases'),
    kinds: propertyIn('kind'),
    goals: therapyGoals,
    ...relatedBy('Therapy', 'routes', 'cancerTypes', 'targets', 'mechanisms', 'precautions', 'treatmentTypes', 'schedules'),
  },
  CancerType: { ...named, subtypeOf, topLevel, ...relatedBy('CancerType', 'therapies', 'treatmentTypes') },
  DeliveryRoute: { ...named, ...relatedBy('DeliveryRoute', 'therapies', 'treatmentTypes') },
  TreatmentGoal: { ...named, ...relatedBy('TreatmentGoal', 'treatmentTypes') },
  Mechanism: { ...named, ...relatedBy('Mechanism', 'therapies', 'treatmentTypes') },
  Biomarker: { ids, nameContains: contains('name', 'aliases'), ...relatedBy('Biomarker', 'therapies') },
  SafetyPrecaution: { ...named, ...relatedBy('SafetyPrecaution', 'therapies', 'treatmentTypes') },
  Schedule: { ...named, ...relatedBy('Schedule', 'therapies', 'treatmentTypes') },
  TreatmentType: {
    ...named,
    scopes: propertyIn('scope'),
    ...relatedBy('TreatmentType', 'goals', 'routes', 'schedules', 'mechanisms', 'precautions', 'cancerTypes', 'therapies'),
  },
  Citation: { ids, titleContains: contains('title'), kinds: propertyIn('kind'), statuses: propertyIn('status') },
  Claim: {
    ids,
    textContains: contains('text'),
    kinds: propertyIn('kind'),
    ...relatedBy('Claim', 'about'),
    citations: relatedTo(relationFields.Claim.support),
    supportStatuses: supportStatusFilter,
  },
};

/**
 * The Cypher of a filter input on a list of `label`: clauses to run before the list's own
 * MATCH (`leads`; they may bind an item several times, so callers keep distinct items) and
 * predicates over the item `n`, with their parameters.
 */
export function filterClauses(
  label: EntityLabel,
  input: Readonly<Record<string, unknown>> | null | undefined,
): { leads: string[]; where: string[]; params: Record<string, unknown> } {
  const leads: string[] = [];
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [field, spec] of Object.entries(filters[label])) {
    const value = spec.parameter(input?.[field]);
    if (value === undefined) continue;
    const param = `filter_${field}`;
    if (spec.lead) leads.push(spec.lead(param));
    if (spec.predicate) where.push(spec.predicate(param));
    params[param] = value;
  }
  return { leads, where, params };
}
