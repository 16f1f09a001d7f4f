/**
 * The kinds of the knowledge graph: which kinds of entity exist, the seed file and Neo4j
 * label of each, their properties with their types, and the seed fields that become
 * relationships. The seed (validator, graph builder, loader, synthetic generator), the
 * export, the audit and the API all read it (see README.md for the rest of the model), and
 * every label and relationship type that appears in Cypher comes from here, never from input.
 * graph-seed/README.md is the prose form of the same model; keep the two in step.
 *
 * KINDS keeps its literal types (`satisfies`, generic helpers), so records.ts can derive a
 * typed record per kind from it: a Therapy record has `name: string`, `kind: TherapyKind`.
 */

/** Every seeded node carries this label besides its kind, so `node(id)` needs no kind. */
export const ENTITY_LABEL = 'Entity';
/** Holds the loaded seed's hash and load time; not an Entity. */
export const SEED_META_LABEL = 'SeedMeta';
/** The node every load locks first, so that two loads run one after the other. */
export const SEED_LOCK_LABEL = 'SeedLock';
/** The one id of the SeedMeta and SeedLock nodes. */
export const SEED_SINGLETON_ID = 'seed';
/** Property on every seeded node and relationship: the hash of the load that wrote it. */
export const SEED_HASH_PROPERTY = 'seedHash';

/**
 * Changes whenever the way a seed becomes a graph changes (a new property, a renamed
 * relationship), so that an unchanged seed is still reloaded after such a change.
 * 4: the stored sort keys of src/model/sort.ts and their range indexes.
 */
export const GRAPH_FORMAT_VERSION = 4;

export const KIND_NAMES = [
  'Citation',
  'Therapy',
  'CancerType',
  'DeliveryRoute',
  'TreatmentGoal',
  'Mechanism',
  'Biomarker',
  'SafetyPrecaution',
  'Schedule',
  'TreatmentType',
  'Claim',
  'Indication',
] as const;
export type KindName = (typeof KIND_NAMES)[number];

export const REL = {
  ADMINISTERED_VIA: 'ADMINISTERED_VIA',
  USED_FOR: 'USED_FOR',
  TARGETS: 'TARGETS',
  ACTS_BY: 'ACTS_BY',
  REQUIRES_PRECAUTION: 'REQUIRES_PRECAUTION',
  IS_A: 'IS_A',
  GIVEN_ON: 'GIVEN_ON',
  SUBTYPE_OF: 'SUBTYPE_OF',
  HAS_GOAL: 'HAS_GOAL',
  ABOUT: 'ABOUT',
  SUPPORTED_BY: 'SUPPORTED_BY',
  HAS_INDICATION: 'HAS_INDICATION',
  FOR_CANCER_TYPE: 'FOR_CANCER_TYPE',
  REQUIRES_BIOMARKER: 'REQUIRES_BIOMARKER',
  COMBINED_WITH: 'COMBINED_WITH',
  DEFINED_BY: 'DEFINED_BY',
} as const;
export type RelationshipType = (typeof REL)[keyof typeof REL];
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = Object.values(REL);

/**
 * Relationships of one type between the same two nodes are told apart by this property
 * (a claim may cite two sections of one source); all others are one per pair of nodes.
 */
export const DISTINCT_BY: Partial<Record<RelationshipType, string>> = { SUPPORTED_BY: 'section' };

export const THERAPY_KINDS = [
  'small-molecule',
  'monoclonal-antibody',
  'antibody-drug-conjugate',
  'bispecific-antibody',
  'fusion-protein',
] as const;
export const CITATION_KINDS = ['web-page', 'fact-sheet', 'book-chapter', 'journal-article', 'drug-label', 'database'] as const;
export const CITATION_STATUSES = ['current', 'unavailable', 'superseded', 'retracted'] as const;
export const CLAIM_KINDS = [
  'definition',
  'goal',
  'comparison',
  'indication',
  'route',
  'schedule',
  'safety',
  'side-effects',
  'biomarker-testing',
  'mechanism',
] as const;
export const TREATMENT_SCOPES = ['systemic', 'local'] as const;
/** `handling`: how a drug is handled (hazardous-drug handling); `boxed-warning`: a warning in a label's "BOXED WARNING" section. */
export const PRECAUTION_KINDS = ['handling', 'boxed-warning'] as const;
/** Where in the course of a cancer a label's indication places the therapy. */
export const INDICATION_SETTINGS = ['adjuvant', 'neoadjuvant', 'first-line', 'later-line', 'maintenance', 'metastatic-or-advanced'] as const;

/** What an attribute holds; src/seed/schema.ts turns each into a validator. */
export type AttributeValue =
  | { type: 'text' }
  | { type: 'text-list' }
  | { type: 'choice'; values: readonly string[] }
  /** A non-empty list of distinct choices. */
  | { type: 'choice-list'; values: readonly string[] }
  /** Text, or a plain number that is stored as text (volume: 12, edition: 3). */
  | { type: 'label' }
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  | { type: 'date' }
  /** YYYY-MM-DD. */
  | { type: 'day' }
  | { type: 'url' };

export interface AttributeSpec<V extends AttributeValue = AttributeValue, O extends boolean = boolean> {
  value: V;
  optional: O;
  /** Part of the `entity_search` full-text index. */
  searchable: boolean;
  /** Has a lookup (range) index for its label. */
  indexed: boolean;
}

/**
 * A field whose values become relationships from the entry's node:
 * - `fact`: `{ to, citations }`, a cited statement; the relationship carries `citations`.
 * - `about`: a bare entity id (a claim is about it); the relationship carries nothing.
 * - `support`: `{ citation, section, excerpt? }`; the relationship carries section and excerpt.
 */
export interface RelationshipField {
  field: string;
  form: 'fact' | 'about' | 'support';
  type: RelationshipType;
  /** Kinds the relationship may point at. */
  targets: readonly KindName[];
  /** One value rather than a list (a cancer type is a subtype of at most one other). */
  single: boolean;
  /** A single fact every entry must have (an indication's cancer type); others are optional. */
  required?: boolean;
}

export interface KindSpec {
  name: KindName;
  /** The Neo4j label besides `Entity`. */
  label: KindName;
  file: string;
  /** How messages name an entity of this kind: `unknown delivery route "orall"`. */
  noun: string;
  /** Attributes besides `id` (and besides `citations`, see `cited`). */
  attributes: Readonly<Record<string, AttributeSpec>>;
  /** Every entry must list the citations supporting it (all kinds but Citation and Claim). */
  cited: boolean;
  relationships: readonly RelationshipField[];
}

function attribute<V extends AttributeValue, O extends boolean = false>(
  value: V,
  options: { optional?: O; searchable?: boolean; indexed?: boolean } = {},
): AttributeSpec<V, O> {
  return { value, optional: (options.optional ?? false) as O, searchable: options.searchable ?? false, indexed: options.indexed ?? false };
}
const text = { type: 'text' } as const;
const textList = { type: 'text-list' } as const;
const label = { type: 'label' } as const;
const choice = <V extends string>(values: readonly V[]) => ({ type: 'choice', values }) as const;
const choiceList = <V extends string>(values: readonly V[]) => ({ type: 'choice-list', values }) as const;
const name = attribute(text, { searchable: true, indexed: true });
const description = attribute(text, { searchable: true });
const optionalDescription = attribute(text, { searchable: true, optional: true });
const aliases = attribute(textList, { searchable: true, optional: true });
const optional = <V extends AttributeValue>(value: V) => attribute(value, { optional: true });

const fact = (field: string, type: RelationshipType, target: KindName, single = false): RelationshipField => ({
  field,
  form: 'fact',
  type,
  targets: [target],
  single,
});

/** What a claim may be about: the entities, not citations or other claims. */
export const ENTITY_KINDS: readonly KindName[] = KIND_NAMES.filter((k) => k !== 'Citation' && k !== 'Claim');

function entityKind<K extends KindName, A extends Record<string, AttributeSpec>>(
  kind: K,
  file: string,
  noun: string,
  attributes: A,
  relationships: RelationshipField[] = [],
) {
  return { name: kind, label: kind, file, noun, attributes: { name, ...attributes }, cited: true, relationships };
}

export const KINDS = {
  Citation: {
    name: 'Citation',
    label: 'Citation',
    file: 'citations.yaml',
    noun: 'citation',
    cited: false,
    attributes: {
      kind: attribute(choice(CITATION_KINDS)),
      title: attribute(text, { searchable: true }),
      status: attribute(choice(CITATION_STATUSES), { indexed: true }),
      authors: optional(textList),
      editors: optional(textList),
      publisher: optional(text),
      containerTitle: optional(text),
      edition: optional(label),
      volume: optional(label),
      issue: optional(label),
      pages: optional(label),
      doi: optional(text),
      date: optional({ type: 'date' }),
      url: optional({ type: 'url' }),
      accessed: optional({ type: 'day' }),
      note: optional(text),
    },
    relationships: [],
  },
  Therapy: entityKind(
    'Therapy',
    'therapies.yaml',
    'therapy',
    {
      description,
      aliases,
      kind: attribute(choice(THERAPY_KINDS), { indexed: true }),
    },
    [
      fact('routes', REL.ADMINISTERED_VIA, 'DeliveryRoute'),
      fact('cancerTypes', REL.USED_FOR, 'CancerType'),
      fact('targets', REL.TARGETS, 'Biomarker'),
      fact('mechanisms', REL.ACTS_BY, 'Mechanism'),
      fact('precautions', REL.REQUIRES_PRECAUTION, 'SafetyPrecaution'),
      fact('treatmentTypes', REL.IS_A, 'TreatmentType'),
      fact('schedules', REL.GIVEN_ON, 'Schedule'),
      fact('indications', REL.HAS_INDICATION, 'Indication'),
    ],
  ),
  CancerType: entityKind('CancerType', 'cancer-types.yaml', 'cancer type', { description: optionalDescription }, [
    fact('subtypeOf', REL.SUBTYPE_OF, 'CancerType', true),
    // A subtype defined by a biomarker (HER2-positive breast cancer by HER2).
    fact('biomarkers', REL.DEFINED_BY, 'Biomarker'),
  ]),
  DeliveryRoute: entityKind('DeliveryRoute', 'delivery-routes.yaml', 'delivery route', {
    description,
    setting: attribute(text),
    timeNote: optional(text),
  }),
  TreatmentGoal: entityKind('TreatmentGoal', 'treatment-goals.yaml', 'treatment goal', { description }),
  Mechanism: entityKind('Mechanism', 'mechanisms.yaml', 'mechanism', { description }),
  Biomarker: entityKind('Biomarker', 'biomarkers.yaml', 'biomarker', { description: optionalDescription, aliases }),
  SafetyPrecaution: entityKind('SafetyPrecaution', 'safety-precautions.yaml', 'safety precaution', {
    description,
    kind: attribute(choice(PRECAUTION_KINDS), { indexed: true }),
  }),
  Schedule: entityKind('Schedule', 'schedules.yaml', 'schedule', { description }),
  TreatmentType: entityKind(
    'TreatmentType',
    'treatment-types.yaml',
    'treatment type',
    { description, scope: attribute(choice(TREATMENT_SCOPES)) },
    [
      fact('goals', REL.HAS_GOAL, 'TreatmentGoal'),
      fact('routes', REL.ADMINISTERED_VIA, 'DeliveryRoute'),
      fact('schedules', REL.GIVEN_ON, 'Schedule'),
      fact('mechanisms', REL.ACTS_BY, 'Mechanism'),
      fact('precautions', REL.REQUIRES_PRECAUTION, 'SafetyPrecaution'),
      fact('cancerTypes', REL.USED_FOR, 'CancerType'),
    ],
  ),
  // One approved use of a therapy as its US label's "1 INDICATIONS AND USAGE" states it.
  Indication: entityKind(
    'Indication',
    'indications.yaml',
    'indication',
    { description: optionalDescription, settings: attribute(choiceList(INDICATION_SETTINGS)) },
    [
      { ...fact('cancerType', REL.FOR_CANCER_TYPE, 'CancerType', true), required: true },
      fact('biomarkers', REL.REQUIRES_BIOMARKER, 'Biomarker'),
      fact('combinedWith', REL.COMBINED_WITH, 'Therapy'),
      fact('goal', REL.HAS_GOAL, 'TreatmentGoal', true),
    ],
  ),
  Claim: {
    name: 'Claim',
    label: 'Claim',
    file: 'claims.yaml',
    noun: 'claim',
    cited: false,
    attributes: {
      text: attribute(text, { searchable: true }),
      kind: attribute(choice(CLAIM_KINDS), { indexed: true }),
    },
    relationships: [
      { field: 'about', form: 'about', type: REL.ABOUT, targets: ENTITY_KINDS, single: false },
      { field: 'support', form: 'support', type: REL.SUPPORTED_BY, targets: ['Citation'], single: false },
    ],
  },
} as const satisfies Readonly<Record<KindName, KindSpec>>;

export const KIND_LIST: readonly KindSpec[] = KIND_NAMES.map((k) => KINDS[k]);

export function kindOfFile(file: string): KindSpec | undefined {
  return KIND_LIST.find((k) => k.file === file);
}

/** Properties in the `entity_search` full-text index, over every Entity. */
export const SEARCHABLE_PROPERTIES: readonly string[] = [
  ...new Set(KIND_LIST.flatMap((k) => Object.keys(k.attributes).filter((a) => k.attributes[a]!.searchable))),
];

/** `[label, property]` pairs with a lookup index. */
export const INDEXED_PROPERTIES: readonly (readonly [KindName, string])[] = KIND_LIST.flatMap((k) =>
  Object.keys(k.attributes)
    .filter((a) => k.attributes[a]!.indexed)
    .map((a) => [k.label, a] as const),
);

export function isKindName(value: string): value is KindName {
  return (KIND_NAMES as readonly string[]).includes(value);
}

export function isRelationshipType(value: string): value is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}
