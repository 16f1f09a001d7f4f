/**
 * The API's relationship fields, by kind: the relationship each walks and which way, the
 * kind at the far end, its shape (plain list, single value, or Relay connection) and
 * whether it returns the far entities or the relationships as facts (the `…Facts` twin of
 * each field). Resolvers, the read plan, filters and the SDL drift test all read this table.
 */
import type { KindName } from './kinds.ts';
import { farKind, relation, type RelationName, type Traversal } from './relations.ts';

export type FieldShape = 'list' | 'single' | 'connection';

export interface ApiRelationshipField {
  /** The GraphQL field name. */
  readonly name: string;
  /** From an entity of this kind to the far end. */
  readonly traversal: Traversal;
  /** The kind at the far end; undefined when it can be any entity (Claim.about). */
  readonly far: KindName | undefined;
  readonly shape: FieldShape;
  /** `nodes`: the far entities; `facts`: one Fact per relationship (both ends and its citations). */
  readonly reads: 'nodes' | 'facts';
  /** For a facts twin, the field it mirrors (`routeFacts` mirrors `routes`). */
  readonly twinOf?: string;
  /** A connection into cancer types' subtrees: takes `includeSubtypes` (default true). */
  readonly includeSubtypes: boolean;
}

/** Walks a seed relationship field forwards; fails at start-up if kinds.ts has no such field. */
function out(name: RelationName): Traversal {
  relation(name);
  return { relation: name, direction: 'out' };
}

function into(name: RelationName): Traversal {
  relation(name);
  return { relation: name, direction: 'in' };
}

/** `routes` → `routeFacts`, `therapies` → `therapyFacts`, `parent` → `parentFact`. */
function twinName(name: string, shape: FieldShape): string {
  const singular = name.replace(/ies$/, 'y').replace(/s$/, '');
  return `${singular}Fact${shape === 'single' ? '' : 's'}`;
}

/** A relationship field and its facts twin. */
function withTwin(name: string, traversal: Traversal, shape: FieldShape): ApiRelationshipField[] {
  const far = farKind(traversal);
  // A list of a cancer type's items that takes in its subtypes' (CancerType.therapies).
  const includeSubtypes = shape === 'connection' && traversal.direction === 'in' && relation(traversal.relation).rollsUp;
  const field = { traversal, far, shape, includeSubtypes };
  return [
    { name, ...field, reads: 'nodes' },
    { name: twinName(name, shape), ...field, reads: 'facts', twinOf: name },
  ];
}

const list = (name: string, t: Traversal) => withTwin(name, t, 'list');
const connection = (name: string, t: Traversal) => withTwin(name, t, 'connection');

/** Claims about an entity: on every kind that facts connect; no facts twin. */
const claims: ApiRelationshipField = {
  name: 'claims',
  traversal: into('Claim.about'),
  far: 'Claim',
  shape: 'connection',
  reads: 'nodes',
  includeSubtypes: false,
};

const therapies = (from: RelationName) => connection('therapies', into(from));
const treatmentTypes = (from: RelationName) => connection('treatmentTypes', into(from));

export const apiRelationshipFields: Readonly<Record<KindName, readonly ApiRelationshipField[]>> = {
  Therapy: [
    ...list('routes', out('Therapy.routes')),
    ...list('cancerTypes', out('Therapy.cancerTypes')),
    ...list('targets', out('Therapy.targets')),
    ...list('mechanisms', out('Therapy.mechanisms')),
    ...list('precautions', out('Therapy.precautions')),
    ...list('treatmentTypes', out('Therapy.treatmentTypes')),
    ...list('schedules', out('Therapy.schedules')),
    ...list('indications', out('Therapy.indications')),
    claims,
  ],
  CancerType: [
    ...withTwin('parent', out('CancerType.subtypeOf'), 'single'),
    ...list('subtypes', into('CancerType.subtypeOf')),
    ...therapies('Therapy.cancerTypes'),
    ...treatmentTypes('TreatmentType.cancerTypes'),
    ...connection('indications', into('Indication.cancerType')),
    ...list('biomarkers', out('CancerType.biomarkers')),
    claims,
  ],
  DeliveryRoute: [...therapies('Therapy.routes'), ...treatmentTypes('TreatmentType.routes'), claims],
  TreatmentGoal: [...treatmentTypes('TreatmentType.goals'), ...connection('indications', into('Indication.goal')), claims],
  Mechanism: [...therapies('Therapy.mechanisms'), ...treatmentTypes('TreatmentType.mechanisms'), claims],
  Biomarker: [
    ...therapies('Therapy.targets'),
    ...connection('indications', into('Indication.biomarkers')),
    ...connection('cancerTypes', into('CancerType.biomarkers')),
    claims,
  ],
  SafetyPrecaution: [...therapies('Therapy.precautions'), ...treatmentTypes('TreatmentType.precautions'), claims],
  Schedule: [...therapies('Therapy.schedules'), ...treatmentTypes('TreatmentType.schedules'), claims],
  TreatmentType: [
    ...list('goals', out('TreatmentType.goals')),
    ...list('routes', out('TreatmentType.routes')),
    ...list('schedules', out('TreatmentType.schedules')),
    ...list('mechanisms', out('TreatmentType.mechanisms')),
    ...list('precautions', out('TreatmentType.precautions')),
    ...list('cancerTypes', out('TreatmentType.cancerTypes')),
    ...therapies('Therapy.treatmentTypes'),
    claims,
  ],
  Indication: [
    ...withTwin('therapy', into('Therapy.indications'), 'single'),
    ...withTwin('cancerType', out('Indication.cancerType'), 'single'),
    ...list('biomarkers', out('Indication.biomarkers')),
    ...list('combinedWith', out('Indication.combinedWith')),
    ...withTwin('goal', out('Indication.goal'), 'single'),
    claims,
  ],
  Citation: [{ ...claims, traversal: into('Claim.support') }],
  Claim: [
    { name: 'about', traversal: out('Claim.about'), far: undefined, shape: 'list', reads: 'nodes', includeSubtypes: false },
    { name: 'support', traversal: out('Claim.support'), far: 'Citation', shape: 'list', reads: 'facts', includeSubtypes: false },
  ],
};

/**
 * Fields that follow the `citations` property rather than a relationship: an entity names
 * the citations behind its own attributes, and a fact the citations behind it, by id. On
 * Citation, `supports` lists the facts naming it and `citedBy` the entities naming it (any
 * cited kind, so its items are `Node`s); both are Relay connections, as the citations of
 * the founding page back most of the graph.
 */
export interface CitingField {
  readonly name: string;
  readonly reads: 'nodes' | 'facts';
  readonly shape: 'connection';
}

export const citingFields: readonly CitingField[] = [
  { name: 'supports', reads: 'facts', shape: 'connection' },
  { name: 'citedBy', reads: 'nodes', shape: 'connection' },
];

/** A kind's relationship field by name; throws for a name the model does not have. */
export function apiRelationshipField(kind: KindName, name: string): ApiRelationshipField {
  const field = apiRelationshipFields[kind].find((f) => f.name === name);
  if (!field) throw new Error(`${kind} has no relationship field ${name} in src/model/api-fields.ts`);
  return field;
}

/** The root fields of each kind: its list and its lookup by id. */
export const rootFields: Readonly<Record<KindName, { readonly list: string; readonly lookup?: string }>> = {
  Therapy: { list: 'therapies', lookup: 'therapy' },
  CancerType: { list: 'cancerTypes', lookup: 'cancerType' },
  DeliveryRoute: { list: 'deliveryRoutes', lookup: 'deliveryRoute' },
  TreatmentGoal: { list: 'treatmentGoals', lookup: 'treatmentGoal' },
  Mechanism: { list: 'mechanisms', lookup: 'mechanism' },
  Biomarker: { list: 'biomarkers', lookup: 'biomarker' },
  SafetyPrecaution: { list: 'safetyPrecautions', lookup: 'safetyPrecaution' },
  Schedule: { list: 'schedules', lookup: 'schedule' },
  TreatmentType: { list: 'treatmentTypes', lookup: 'treatmentType' },
  Citation: { list: 'citations', lookup: 'citation' },
  Claim: { list: 'claims' },
  Indication: { list: 'indications', lookup: 'indication' },
};
