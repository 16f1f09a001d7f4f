/**
 * The parts of the graph model that the API's Cypher is built from, taken from the seed's
 * kinds registry (src/seed/kinds.ts) so that the loader and the API cannot disagree. Cypher
 * text is only ever assembled from these constants, never from request input.
 */
import { ENTITY_KINDS, KIND_LIST, REL, isKindName, type KindName, type RelationshipType } from '../../seed/kinds.ts';

/** Every kind; each node carries its kind's label plus `Entity`. */
export type EntityLabel = KindName;
export const isEntityLabel = isKindName;

/** The kinds that facts connect: everything but the provenance layer (citations, claims). */
export const knowledgeLabels: readonly EntityLabel[] = ENTITY_KINDS;

/** Relationships that state a fact and carry `citations` (a list of citation ids). */
export type FactType = Exclude<RelationshipType, typeof REL.ABOUT | typeof REL.SUPPORTED_BY>;
export const factTypes: readonly FactType[] = [
  ...new Set(KIND_LIST.flatMap((k) => k.relationships.filter((r) => r.form === 'fact').map((r) => r.type as FactType))),
];

/** Provenance relationships: a claim is ABOUT entities and SUPPORTED_BY citations. */
export type ProvenanceType = typeof REL.ABOUT | typeof REL.SUPPORTED_BY;

/** `A|B|C`, for patterns over every fact relationship. */
export const anyFactType = factTypes.join('|');
