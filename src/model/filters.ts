/**
 * What each kind's lists can be filtered by: the fields of its `<Kind>Filter` input, each a
 * predicate over the list item. Fields are ANDed; a list value means "any of these"; an
 * empty list or null is no constraint. The Cypher of each type of predicate is in
 * src/queries (lists/filters.ts); the SDL drift test checks the inputs against this table.
 */
import type { KindName } from './kinds.ts';
import { apiRelationshipField } from './api-fields.ts';
import { farKind, type Traversal } from './relations.ts';

export type FilterSpec =
  /** The item's id is any of these. */
  | { readonly type: 'ids' }
  /** The text property (or, if given, any entry of the list property) contains this, ignoring case. */
  | { readonly type: 'contains'; readonly property: string; readonly orAnyOf?: string }
  /** The stored property is any of these values. */
  | { readonly type: 'in'; readonly property: string }
  /**
   * Related along the traversal to any of these ids; into cancer types this rolls up, so
   * `cancerTypes: ["leukemia"]` also matches items related to a subtype of leukemia.
   */
  | { readonly type: 'related'; readonly traversal: Traversal }
  /** Related along the first traversal to something related along the second to any of these ids. */
  | { readonly type: 'relatedThrough'; readonly first: Traversal; readonly then: Traversal }
  /**
   * The list property shares a value with these; with a traversal, that of something related
   * along it (a therapy with an indication in any of these settings).
   */
  | { readonly type: 'overlaps'; readonly property: string; readonly traversal?: Traversal }
  /** A cancer type below any of these, at any depth. */
  | { readonly type: 'subtypeOf' }
  /** true: a cancer type without a parent; false: a subtype. */
  | { readonly type: 'topLevel' }
  /** A claim whose support status (src/audit/support-status.ts) is any of these. */
  | { readonly type: 'supportStatus' };

/** Whether a filter field's values are ids (`ids`, `targets`, `cancerTypes`, `subtypeOf`, ...). */
export function takesIds(spec: FilterSpec): boolean {
  return spec.type === 'ids' || spec.type === 'related' || spec.type === 'relatedThrough' || spec.type === 'subtypeOf';
}

/**
 * The kind the ids of a filter field of `kind`'s lists name: the kind itself for `ids`, the
 * far end of the relationship (`targets`: biomarkers), cancer types for `subtypeOf`;
 * undefined when any entity will do (a claim's `about`).
 */
export function idKind(kind: KindName, spec: FilterSpec): KindName | undefined {
  switch (spec.type) {
    case 'related':
      return farKind(spec.traversal);
    case 'relatedThrough':
      return farKind(spec.then);
    case 'subtypeOf':
      return 'CancerType';
    default:
      return kind;
  }
}

/**
 * The value a filter field constrains by, from its input: a non-empty list, a trimmed
 * lower-case text (matching ignores case), or a flag; undefined when the input sets no
 * constraint (null, an empty list, blank text). Ids are lower-cased: the seed only has
 * lower-case slugs (src/seed/schema.ts rejects any other id), so `routes: ["Oral"]` means
 * `oral`, and an exact match stays an index seek.
 */
export function filterValue(spec: FilterSpec, input: unknown): unknown {
  if (spec.type === 'contains') return typeof input === 'string' && input.trim() !== '' ? input.trim().toLowerCase() : undefined;
  if (spec.type === 'topLevel') return typeof input === 'boolean' ? input : undefined;
  if (!Array.isArray(input) || input.length === 0) return undefined;
  return takesIds(spec) ? [...new Set(input.map((id) => String(id).toLowerCase()))] : input;
}

const ids: FilterSpec = { type: 'ids' };
const contains = (property: string, orAnyOf?: string): FilterSpec => ({ type: 'contains', property, ...(orAnyOf ? { orAnyOf } : {}) });
const propertyIn = (property: string): FilterSpec => ({ type: 'in', property });
const named = { ids, nameContains: contains('name') };

/** Filters named like the kind's relationship fields (TherapyFilter.routes: has a route among these). */
function relatedBy(kind: KindName, ...fields: string[]): Record<string, FilterSpec> {
  return Object.fromEntries(fields.map((f) => [f, { type: 'related', traversal: apiRelationshipField(kind, f).traversal }]));
}

export const filterFields: Readonly<Record<KindName, Readonly<Record<string, FilterSpec>>>> = {
  Therapy: {
    ids,
    nameContains: contains('name', 'aliases'),
    kinds: propertyIn('kind'),
    // A therapy's goals are those of its indications (an adjuvant use aims to cure, ...).
    goals: {
      type: 'relatedThrough',
      first: apiRelationshipField('Therapy', 'indications').traversal,
      then: apiRelationshipField('Indication', 'goal').traversal,
    },
    settings: { type: 'overlaps', property: 'settings', traversal: apiRelationshipField('Therapy', 'indications').traversal },
    ...relatedBy('Therapy', 'routes', 'cancerTypes', 'targets', 'mechanisms', 'precautions', 'treatmentTypes', 'schedules'),
  },
  CancerType: {
    ...named,
    subtypeOf: { type: 'subtypeOf' },
    topLevel: { type: 'topLevel' },
    ...relatedBy('CancerType', 'therapies', 'treatmentTypes', 'biomarkers'),
  },
  DeliveryRoute: { ...named, ...relatedBy('DeliveryRoute', 'therapies', 'treatmentTypes') },
  TreatmentGoal: { ...named, ...relatedBy('TreatmentGoal', 'treatmentTypes') },
  Mechanism: { ...named, ...relatedBy('Mechanism', 'therapies', 'treatmentTypes') },
  Biomarker: { ids, nameContains: contains('name', 'aliases'), ...relatedBy('Biomarker', 'therapies') },
  SafetyPrecaution: { ...named, kinds: propertyIn('kind'), ...relatedBy('SafetyPrecaution', 'therapies', 'treatmentTypes') },
  Schedule: { ...named, ...relatedBy('Schedule', 'therapies', 'treatmentTypes') },
  TreatmentType: {
    ...named,
    scopes: propertyIn('scope'),
    ...relatedBy('TreatmentType', 'goals', 'routes', 'schedules', 'mechanisms', 'precautions', 'cancerTypes', 'therapies'),
  },
  Indication: {
    ...named,
    settings: { type: 'overlaps', property: 'settings' },
    therapies: { type: 'related', traversal: apiRelationshipField('Indication', 'therapy').traversal },
    cancerTypes: { type: 'related', traversal: apiRelationshipField('Indication', 'cancerType').traversal },
    goals: { type: 'related', traversal: apiRelationshipField('Indication', 'goal').traversal },
    ...relatedBy('Indication', 'biomarkers', 'combinedWith'),
  },
  Citation: { ids, titleContains: contains('title'), kinds: propertyIn('kind'), statuses: propertyIn('status') },
  Claim: {
    ids,
    textContains: contains('text'),
    kinds: propertyIn('kind'),
    ...relatedBy('Claim', 'about'),
    citations: { type: 'related', traversal: apiRelationshipField('Claim', 'support').traversal },
    supportStatuses: { type: 'supportStatus' },
  },
};
