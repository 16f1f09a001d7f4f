/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A check of the audit; the names are the same in the `audit` CLI command's report. */
export type AuditFindingName =
  /** Boxed warnings, and facts linking a therapy to one, that cite no existing drug label: a boxed warning is a statement of a US prescribing information, which nothing else establishes. */
  | 'BOXED_WARNINGS_WITHOUT_LABEL'
  /** Claims about an entity the graph does not have, or about no entity at all (in Neo4j, deleting an entity also deletes the ABOUT relationships to it). */
  | 'CLAIMS_ABOUT_MISSING_ENTITIES'
  /** Likely duplicate citations: the same kind and title (ignoring case, spacing and final punctuation), or the same url (ignoring a final slash and the case of scheme and host). */
  | 'DUPLICATE_CITATIONS'
  /** Citations a reader could not find from what is recorded: a web page or fact sheet without a url or publisher, or without a date or access date; a journal article without a DOI or journal, or a date; a book chapter without its book, publisher or date. A drug label is identified by its exact title. */
  | 'INCOMPLETE_CITATIONS'
  /** Claims not supported by any existing citation. */
  | 'UNCITED_CLAIMS'
  /** Entities (other than citations and claims) whose attributes cite no existing citation. */
  | 'UNCITED_ENTITIES'
  /** Facts (relationships between entities) that cite no existing citation. */
  | 'UNCITED_FACTS'
  /** Citations that support nothing: no entity, fact or claim cites them. */
  | 'UNUSED_CITATIONS'
  /** Claims supported only by citations whose status is unavailable, superseded or retracted. */
  | 'WEAKLY_SUPPORTED_CLAIMS';

/** What kind of source a citation is. */
export type CitationKind =
  /** A chapter of a book. */
  | 'BOOK_CHAPTER'
  /** An entry in a database. */
  | 'DATABASE'
  /** A drug's prescribing information (label). */
  | 'DRUG_LABEL'
  /** A fact sheet. */
  | 'FACT_SHEET'
  /** An article in a journal. */
  | 'JOURNAL_ARTICLE'
  /** A web page. */
  | 'WEB_PAGE';

/** Whether a source can still be relied on and reached. */
export type CitationStatus =
  /** Current and reachable. */
  | 'CURRENT'
  /** Retracted by its publisher. */
  | 'RETRACTED'
  /** Replaced by a newer version. */
  | 'SUPERSEDED'
  /** No longer reachable at its address. */
  | 'UNAVAILABLE';

/** What a claim is about. */
export type ClaimKind =
  /** Testing for biomarkers. */
  | 'BIOMARKER_TESTING'
  /** Compares treatments. */
  | 'COMPARISON'
  /** Defines a term. */
  | 'DEFINITION'
  /** About treatment goals. */
  | 'GOAL'
  /** What a treatment is used for. */
  | 'INDICATION'
  /** How a treatment acts. */
  | 'MECHANISM'
  /** How a treatment is given. */
  | 'ROUTE'
  /** Safety. */
  | 'SAFETY'
  /** How often a treatment is given. */
  | 'SCHEDULE'
  /** Side effects. */
  | 'SIDE_EFFECTS';

/** Which way a fact points, seen from the node whose provenance is asked. */
export type FactDirection =
  /** The node is the fact's object (oral in "imatinib ADMINISTERED_VIA oral"). */
  | 'INCOMING'
  /** The node is the fact's subject (imatinib in "imatinib ADMINISTERED_VIA oral"). */
  | 'OUTGOING';

/** Where in the course of a cancer a label's indication places the therapy. */
export type IndicationSetting =
  /** After surgery (or other local treatment) that removed the cancer, to lower the risk of its return. */
  | 'ADJUVANT'
  /** As the first treatment of the (advanced) cancer. */
  | 'FIRST_LINE'
  /** After earlier treatment, or when the cancer progressed on it. */
  | 'LATER_LINE'
  /** To keep a response to earlier treatment. */
  | 'MAINTENANCE'
  /** For metastatic, advanced or unresectable cancer. */
  | 'METASTATIC_OR_ADVANCED'
  /** Before surgery, to shrink the cancer. */
  | 'NEOADJUVANT';

/** The relationships that state facts; each one is supported by citations. */
export type RelationshipType =
  /** Therapy or treatment type → mechanism: how it acts. */
  | 'ACTS_BY'
  /** Therapy or treatment type → delivery route: how it is given. */
  | 'ADMINISTERED_VIA'
  /** Indication → therapy: a therapy it is approved with. */
  | 'COMBINED_WITH'
  /** Cancer type → biomarker: the biomarker that defines the subtype (HER2-positive breast cancer). */
  | 'DEFINED_BY'
  /** Indication → cancer type: what the use is for. */
  | 'FOR_CANCER_TYPE'
  /** Therapy or treatment type → schedule: how often it is given. */
  | 'GIVEN_ON'
  /** Treatment type or indication → treatment goal. */
  | 'HAS_GOAL'
  /** Therapy → indication: an approved use of it. */
  | 'HAS_INDICATION'
  /** Therapy → treatment type: what type of treatment it is. */
  | 'IS_A'
  /** Indication → biomarker: what the cancer must have. */
  | 'REQUIRES_BIOMARKER'
  /** Therapy or treatment type → safety precaution. */
  | 'REQUIRES_PRECAUTION'
  /** Cancer type → cancer type: a subtype and its parent. */
  | 'SUBTYPE_OF'
  /** Therapy → biomarker: what it targets. */
  | 'TARGETS'
  /** Therapy or treatment type → cancer type: what it treats. */
  | 'USED_FOR';

/** Sort order. */
export type SortDirection =
  /** Ascending: A to Z, oldest first. */
  | 'ASC'
  /** Descending: Z to A, newest first. */
  | 'DESC';

/** Which way a path step walks its relationship. */
export type StepDirection =
  /** From the fact's object back to its subject. */
  | 'BACKWARD'
  /** From the fact's subject to its object. */
  | 'FORWARD';

/**
 * How well a claim is backed by its sources (the rule is in src/audit/support-status.ts, and
 * the audit's WEAKLY_SUPPORTED_CLAIMS and UNCITED_CLAIMS findings use it too).
 */
export type SupportStatus =
  /** At least one supporting source is current. */
  | 'SUPPORTED'
  /** No existing source supports it. */
  | 'UNSUPPORTED'
  /** Supported only by sources that are unavailable, superseded or retracted. */
  | 'WEAKLY_SUPPORTED';

/** Which therapies a list holds. Fields are ANDed; values within a list field are ORed; an empty list or null is no constraint. */
export type TherapyFilter = {
  /** Only therapies used for any of these cancer types or any of their subtypes, at any depth. Unknown ids match nothing. */
  cancerTypes?: Array<string | number> | null | undefined;
  /** Only therapies with an indication of any of these treatment goals (cure, control, palliation). Unknown ids match nothing. */
  goals?: Array<string | number> | null | undefined;
  /** Only these ids (any of them). */
  ids?: Array<string | number> | null | undefined;
  /** Only therapies of these kinds. */
  kinds?: Array<TherapyKind> | null | undefined;
  /** Only therapies that act by any of these mechanisms. Unknown ids match nothing. */
  mechanisms?: Array<string | number> | null | undefined;
  /** Only therapies whose name or any alias contains this text, ignoring case. */
  nameContains?: string | null | undefined;
  /** Only therapies that require any of these safety precautions. Unknown ids match nothing. */
  precautions?: Array<string | number> | null | undefined;
  /** Only therapies given by any of these delivery routes. Unknown ids match nothing. */
  routes?: Array<string | number> | null | undefined;
  /** Only therapies given on any of these schedules. Unknown ids match nothing. */
  schedules?: Array<string | number> | null | undefined;
  /** Only therapies with an indication in any of these settings. */
  settings?: Array<IndicationSetting> | null | undefined;
  /** Only therapies that target any of these biomarkers. Unknown ids match nothing. */
  targets?: Array<string | number> | null | undefined;
  /** Only therapies of any of these treatment types. Unknown ids match nothing. */
  treatmentTypes?: Array<string | number> | null | undefined;
};

/** How a therapy is made and acts at the molecular level. */
export type TherapyKind =
  /** An antibody joined to a cytotoxic drug. */
  | 'ANTIBODY_DRUG_CONJUGATE'
  /** An antibody that binds two different targets. */
  | 'BISPECIFIC_ANTIBODY'
  /** A fusion protein. */
  | 'FUSION_PROTEIN'
  /** A monoclonal antibody. */
  | 'MONOCLONAL_ANTIBODY'
  /** A small-molecule drug, usually taken by mouth. */
  | 'SMALL_MOLECULE';

/** How to order therapies; ties are broken by id. */
export type TherapySort = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** What to sort by. */
  field?: TherapySortField;
};

/** Fields to sort therapies by. */
export type TherapySortField =
  /** By id. */
  | 'ID'
  /** By kind (small-molecule, monoclonal-antibody, ...), then by id. */
  | 'KIND'
  /** By name, ignoring case. */
  | 'NAME';

export type AuditQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditQuery = { audit: { passed: boolean, seedHash: string | null, nodeCount: number, relationshipCount: number, findings: Array<{ name: AuditFindingName, description: string, blocking: boolean, count: number, occurrences: Array<{ ids: Array<string>, note: string }> }> } };

export type EntityQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityQuery = { node:
    | { __typename: 'Biomarker', name: string, aliases: Array<string>, id: string, displayName: string, optionalDescription: string | null, citations: Array<{ id: string, title: string }> }
    | { __typename: 'CancerType', name: string, id: string, displayName: string, optionalDescription: string | null, citations: Array<{ id: string, title: string }> }
    | { __typename: 'Citation', title: string, status: CitationStatus, authors: Array<string>, publisher: string | null, containerTitle: string | null, date: string | null, url: string | null, doi: string | null, accessed: string | null, note: string | null, id: string, displayName: string, citationKind: CitationKind }
    | { __typename: 'Claim', text: string, supportStatus: SupportStatus, id: string, displayName: string, claimKind: ClaimKind, claimAbout: Array<
        | { __typename: 'Biomarker', id: string, displayName: string }
        | { __typename: 'CancerType', id: string, displayName: string }
        | { __typename: 'Citation', id: string, displayName: string }
        | { __typename: 'Claim', id: string, displayName: string }
        | { __typename: 'DeliveryRoute', id: string, displayName: string }
        | { __typename: 'Indication', id: string, displayName: string }
        | { __typename: 'Mechanism', id: string, displayName: string }
        | { __typename: 'SafetyPrecaution', id: string, displayName: string }
        | { __typename: 'Schedule', id: string, displayName: string }
        | { __typename: 'Therapy', id: string, displayName: string }
        | { __typename: 'TreatmentGoal', id: string, displayName: string }
        | { __typename: 'TreatmentType', id: string, displayName: string }
      >, support: Array<{ section: string, excerpt: string | null, citation: { id: string, title: string } }> }
    | { __typename: 'DeliveryRoute', name: string, description: string, timeNote: string | null, id: string, displayName: string, citations: Array<{ id: string, title: string }> }
    | { __typename: 'Indication', id: string, displayName: string }
    | { __typename: 'Mechanism', name: string, description: string, id: string, displayName: string, citations: Array<{ id: string, title: string }> }
    | { __typename: 'SafetyPrecaution', name: string, description: string, id: string, displayName: string, citations: Array<{ id: string, title: string }> }
    | { __typename: 'Schedule', name: string, description: string, id: string, displayName: string, citations: Array<{ id: string, title: string }> }
    | { __typename: 'Therapy', name: string, description: string, aliases: Array<string>, id: string, displayName: string, therapyKind: TherapyKind, citations: Array<{ id: string, title: string }> }
    | { __typename: 'TreatmentGoal', name: string, description: string, id: string, displayName: string, citations: Array<{ id: string, title: string }> }
    | { __typename: 'TreatmentType', name: string, description: string, id: string, displayName: string, citations: Array<{ id: string, title: string }> }
   | null, provenance: { factGroups: Array<{ relationship: RelationshipType, direction: FactDirection, count: number, facts: Array<{ relationship: RelationshipType, subject:
          | { __typename: 'Biomarker', id: string, displayName: string }
          | { __typename: 'CancerType', id: string, displayName: string }
          | { __typename: 'Citation', id: string, displayName: string }
          | { __typename: 'Claim', id: string, displayName: string }
          | { __typename: 'DeliveryRoute', id: string, displayName: string }
          | { __typename: 'Indication', id: string, displayName: string }
          | { __typename: 'Mechanism', id: string, displayName: string }
          | { __typename: 'SafetyPrecaution', id: string, displayName: string }
          | { __typename: 'Schedule', id: string, displayName: string }
          | { __typename: 'Therapy', id: string, displayName: string }
          | { __typename: 'TreatmentGoal', id: string, displayName: string }
          | { __typename: 'TreatmentType', id: string, displayName: string }
        , object:
          | { __typename: 'Biomarker', id: string, displayName: string }
          | { __typename: 'CancerType', id: string, displayName: string }
          | { __typename: 'Citation', id: string, displayName: string }
          | { __typename: 'Claim', id: string, displayName: string }
          | { __typename: 'DeliveryRoute', id: string, displayName: string }
          | { __typename: 'Indication', id: string, displayName: string }
          | { __typename: 'Mechanism', id: string, displayName: string }
          | { __typename: 'SafetyPrecaution', id: string, displayName: string }
          | { __typename: 'Schedule', id: string, displayName: string }
          | { __typename: 'Therapy', id: string, displayName: string }
          | { __typename: 'TreatmentGoal', id: string, displayName: string }
          | { __typename: 'TreatmentType', id: string, displayName: string }
        , citations: Array<{ id: string, title: string }> }> }>, claims: Array<{ id: string, text: string, kind: ClaimKind, supportStatus: SupportStatus, support: Array<{ section: string, excerpt: string | null, citation: { id: string, title: string } }> }> } | null };

export type CitationSupportsQueryVariables = Exact<{
  id: string | number;
}>;


export type CitationSupportsQuery = { citation: { supports: { totalCount: number, edges: Array<{ node: { relationship: RelationshipType, subject:
            | { __typename: 'Biomarker', id: string, displayName: string }
            | { __typename: 'CancerType', id: string, displayName: string }
            | { __typename: 'Citation', id: string, displayName: string }
            | { __typename: 'Claim', id: string, displayName: string }
            | { __typename: 'DeliveryRoute', id: string, displayName: string }
            | { __typename: 'Indication', id: string, displayName: string }
            | { __typename: 'Mechanism', id: string, displayName: string }
            | { __typename: 'SafetyPrecaution', id: string, displayName: string }
            | { __typename: 'Schedule', id: string, displayName: string }
            | { __typename: 'Therapy', id: string, displayName: string }
            | { __typename: 'TreatmentGoal', id: string, displayName: string }
            | { __typename: 'TreatmentType', id: string, displayName: string }
          , object:
            | { __typename: 'Biomarker', id: string, displayName: string }
            | { __typename: 'CancerType', id: string, displayName: string }
            | { __typename: 'Citation', id: string, displayName: string }
            | { __typename: 'Claim', id: string, displayName: string }
            | { __typename: 'DeliveryRoute', id: string, displayName: string }
            | { __typename: 'Indication', id: string, displayName: string }
            | { __typename: 'Mechanism', id: string, displayName: string }
            | { __typename: 'SafetyPrecaution', id: string, displayName: string }
            | { __typename: 'Schedule', id: string, displayName: string }
            | { __typename: 'Therapy', id: string, displayName: string }
            | { __typename: 'TreatmentGoal', id: string, displayName: string }
            | { __typename: 'TreatmentType', id: string, displayName: string }
          , citations: Array<{ id: string, title: string }> } }> }, claims: { totalCount: number, edges: Array<{ node: { id: string, text: string, supportStatus: SupportStatus } }> } } | null };

export type FactWithSourcesFragment = { relationship: RelationshipType, subject:
    | { __typename: 'Biomarker', id: string, displayName: string }
    | { __typename: 'CancerType', id: string, displayName: string }
    | { __typename: 'Citation', id: string, displayName: string }
    | { __typename: 'Claim', id: string, displayName: string }
    | { __typename: 'DeliveryRoute', id: string, displayName: string }
    | { __typename: 'Indication', id: string, displayName: string }
    | { __typename: 'Mechanism', id: string, displayName: string }
    | { __typename: 'SafetyPrecaution', id: string, displayName: string }
    | { __typename: 'Schedule', id: string, displayName: string }
    | { __typename: 'Therapy', id: string, displayName: string }
    | { __typename: 'TreatmentGoal', id: string, displayName: string }
    | { __typename: 'TreatmentType', id: string, displayName: string }
  , object:
    | { __typename: 'Biomarker', id: string, displayName: string }
    | { __typename: 'CancerType', id: string, displayName: string }
    | { __typename: 'Citation', id: string, displayName: string }
    | { __typename: 'Claim', id: string, displayName: string }
    | { __typename: 'DeliveryRoute', id: string, displayName: string }
    | { __typename: 'Indication', id: string, displayName: string }
    | { __typename: 'Mechanism', id: string, displayName: string }
    | { __typename: 'SafetyPrecaution', id: string, displayName: string }
    | { __typename: 'Schedule', id: string, displayName: string }
    | { __typename: 'Therapy', id: string, displayName: string }
    | { __typename: 'TreatmentGoal', id: string, displayName: string }
    | { __typename: 'TreatmentType', id: string, displayName: string }
  , citations: Array<{ id: string, title: string }> };

export type TherapyPageQueryVariables = Exact<{
  filter?: TherapyFilter | null | undefined;
  sort?: TherapySort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type TherapyPageQuery = { therapies: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, kind: TherapyKind, aliases: Array<string>, routes: Array<{ id: string, displayName: string }>, cancerTypes: Array<{ id: string, displayName: string }>, targets: Array<{ id: string, displayName: string }> } }> } };

export type FinderFacetsQueryVariables = Exact<{
  byCancerType?: TherapyFilter | null | undefined;
  byRoute?: TherapyFilter | null | undefined;
  byTarget?: TherapyFilter | null | undefined;
  byKind?: TherapyFilter | null | undefined;
}>;


export type FinderFacetsQuery = { cancerTypes: { byCancerType: Array<{ count: number, node:
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
       }> }, routes: { byRoute: Array<{ count: number, node:
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
       }> }, targets: { byBiomarker: Array<{ count: number, node:
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
       }> }, kinds: { byKind: Array<{ kind: TherapyKind, count: number }> }, treatmentGoals: { edges: Array<{ node: { id: string, displayName: string } }> } };

export type TherapyCountQueryVariables = Exact<{
  filter?: TherapyFilter | null | undefined;
}>;


export type TherapyCountQuery = { facets: { total: number } };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth: number;
  limit: number;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, center:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    , nodes: Array<
      | { __typename: 'Biomarker', id: string, displayName: string }
      | { __typename: 'CancerType', id: string, displayName: string }
      | { __typename: 'Citation', id: string, displayName: string }
      | { __typename: 'Claim', id: string, displayName: string }
      | { __typename: 'DeliveryRoute', id: string, displayName: string }
      | { __typename: 'Indication', id: string, displayName: string }
      | { __typename: 'Mechanism', id: string, displayName: string }
      | { __typename: 'SafetyPrecaution', id: string, displayName: string }
      | { __typename: 'Schedule', id: string, displayName: string }
      | { __typename: 'Therapy', id: string, displayName: string }
      | { __typename: 'TreatmentGoal', id: string, displayName: string }
      | { __typename: 'TreatmentType', id: string, displayName: string }
    >, edges: Array<{ relationship: RelationshipType, subject:
        | { __typename: 'Biomarker', id: string, displayName: string }
        | { __typename: 'CancerType', id: string, displayName: string }
        | { __typename: 'Citation', id: string, displayName: string }
        | { __typename: 'Claim', id: string, displayName: string }
        | { __typename: 'DeliveryRoute', id: string, displayName: string }
        | { __typename: 'Indication', id: string, displayName: string }
        | { __typename: 'Mechanism', id: string, displayName: string }
        | { __typename: 'SafetyPrecaution', id: string, displayName: string }
        | { __typename: 'Schedule', id: string, displayName: string }
        | { __typename: 'Therapy', id: string, displayName: string }
        | { __typename: 'TreatmentGoal', id: string, displayName: string }
        | { __typename: 'TreatmentType', id: string, displayName: string }
      , object:
        | { __typename: 'Biomarker', id: string, displayName: string }
        | { __typename: 'CancerType', id: string, displayName: string }
        | { __typename: 'Citation', id: string, displayName: string }
        | { __typename: 'Claim', id: string, displayName: string }
        | { __typename: 'DeliveryRoute', id: string, displayName: string }
        | { __typename: 'Indication', id: string, displayName: string }
        | { __typename: 'Mechanism', id: string, displayName: string }
        | { __typename: 'SafetyPrecaution', id: string, displayName: string }
        | { __typename: 'Schedule', id: string, displayName: string }
        | { __typename: 'Therapy', id: string, displayName: string }
        | { __typename: 'TreatmentGoal', id: string, displayName: string }
        | { __typename: 'TreatmentType', id: string, displayName: string }
      , citations: Array<{ id: string, title: string }> }> } | null };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops: number;
}>;


export type PathsQuery = { paths: Array<{ length: number, steps: Array<{ direction: StepDirection, from:
        | { __typename: 'Biomarker', id: string, displayName: string }
        | { __typename: 'CancerType', id: string, displayName: string }
        | { __typename: 'Citation', id: string, displayName: string }
        | { __typename: 'Claim', id: string, displayName: string }
        | { __typename: 'DeliveryRoute', id: string, displayName: string }
        | { __typename: 'Indication', id: string, displayName: string }
        | { __typename: 'Mechanism', id: string, displayName: string }
        | { __typename: 'SafetyPrecaution', id: string, displayName: string }
        | { __typename: 'Schedule', id: string, displayName: string }
        | { __typename: 'Therapy', id: string, displayName: string }
        | { __typename: 'TreatmentGoal', id: string, displayName: string }
        | { __typename: 'TreatmentType', id: string, displayName: string }
      , to:
        | { __typename: 'Biomarker', id: string, displayName: string }
        | { __typename: 'CancerType', id: string, displayName: string }
        | { __typename: 'Citation', id: string, displayName: string }
        | { __typename: 'Claim', id: string, displayName: string }
        | { __typename: 'DeliveryRoute', id: string, displayName: string }
        | { __typename: 'Indication', id: string, displayName: string }
        | { __typename: 'Mechanism', id: string, displayName: string }
        | { __typename: 'SafetyPrecaution', id: string, displayName: string }
        | { __typename: 'Schedule', id: string, displayName: string }
        | { __typename: 'Therapy', id: string, displayName: string }
        | { __typename: 'TreatmentGoal', id: string, displayName: string }
        | { __typename: 'TreatmentType', id: string, displayName: string }
      , fact: { relationship: RelationshipType, citations: Array<{ id: string, title: string }> } }> }> | null };

export type SearchQueryVariables = Exact<{
  query: string;
  first: number;
}>;


export type SearchQuery = { search: { totalCount: number, edges: Array<{ score: number, node:
        | { __typename: 'Biomarker', id: string, displayName: string }
        | { __typename: 'CancerType', id: string, displayName: string }
        | { __typename: 'Citation', id: string, displayName: string }
        | { __typename: 'Claim', id: string, displayName: string }
        | { __typename: 'DeliveryRoute', id: string, displayName: string }
        | { __typename: 'Indication', id: string, displayName: string }
        | { __typename: 'Mechanism', id: string, displayName: string }
        | { __typename: 'SafetyPrecaution', id: string, displayName: string }
        | { __typename: 'Schedule', id: string, displayName: string }
        | { __typename: 'Therapy', id: string, displayName: string }
        | { __typename: 'TreatmentGoal', id: string, displayName: string }
        | { __typename: 'TreatmentType', id: string, displayName: string }
       }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const FactWithSourcesFragmentDoc = new TypedDocumentString(`
    fragment FactWithSources on Fact {
  relationship
  subject {
    __typename
    id
    displayName
  }
  object {
    __typename
    id
    displayName
  }
  citations {
    id
    title
  }
}
    `, {"fragmentName":"FactWithSources"}) as unknown as TypedDocumentString<FactWithSourcesFragment, unknown>;
export const AuditDocument = new TypedDocumentString(`
    query Audit {
  audit {
    passed
    seedHash
    nodeCount
    relationshipCount
    findings {
      name
      description
      blocking
      count
      occurrences {
        ids
        note
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditQuery, AuditQueryVariables>;
export const EntityDocument = new TypedDocumentString(`
    query Entity($id: ID!) {
  node(id: $id) {
    __typename
    id
    displayName
    ... on Therapy {
      name
      description
      aliases
      therapyKind: kind
      citations {
        id
        title
      }
    }
    ... on CancerType {
      name
      optionalDescription: description
      citations {
        id
        title
      }
    }
    ... on Biomarker {
      name
      optionalDescription: description
      aliases
      citations {
        id
        title
      }
    }
    ... on DeliveryRoute {
      name
      description
      timeNote
      citations {
        id
        title
      }
    }
    ... on TreatmentGoal {
      name
      description
      citations {
        id
        title
      }
    }
    ... on Mechanism {
      name
      description
      citations {
        id
        title
      }
    }
    ... on SafetyPrecaution {
      name
      description
      citations {
        id
        title
      }
    }
    ... on Schedule {
      name
      description
      citations {
        id
        title
      }
    }
    ... on TreatmentType {
      name
      description
      citations {
        id
        title
      }
    }
    ... on Citation {
      citationKind: kind
      title
      status
      authors
      publisher
      containerTitle
      date
      url
      doi
      accessed
      note
    }
    ... on Claim {
      text
      claimKind: kind
      supportStatus
      claimAbout: about {
        __typename
        id
        displayName
      }
      support {
        citation {
          id
          title
        }
        section
        excerpt
      }
    }
  }
  provenance(id: $id) {
    factGroups {
      relationship
      direction
      count
      facts {
        ...FactWithSources
      }
    }
    claims {
      id
      text
      kind
      supportStatus
      support {
        citation {
          id
          title
        }
        section
        excerpt
      }
    }
  }
}
    fragment FactWithSources on Fact {
  relationship
  subject {
    __typename
    id
    displayName
  }
  object {
    __typename
    id
    displayName
  }
  citations {
    id
    title
  }
}`) as unknown as TypedDocumentString<EntityQuery, EntityQueryVariables>;
export const CitationSupportsDocument = new TypedDocumentString(`
    query CitationSupports($id: ID!) {
  citation(id: $id) {
    supports(first: 100) {
      totalCount
      edges {
        node {
          ...FactWithSources
        }
      }
    }
    claims(first: 100) {
      totalCount
      edges {
        node {
          id
          text
          supportStatus
        }
      }
    }
  }
}
    fragment FactWithSources on Fact {
  relationship
  subject {
    __typename
    id
    displayName
  }
  object {
    __typename
    id
    displayName
  }
  citations {
    id
    title
  }
}`) as unknown as TypedDocumentString<CitationSupportsQuery, CitationSupportsQueryVariables>;
export const TherapyPageDocument = new TypedDocumentString(`
    query TherapyPage($filter: TherapyFilter, $sort: TherapySort, $first: Int, $after: String, $last: Int, $before: String) {
  therapies(
    filter: $filter
    sort: $sort
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        name
        kind
        aliases
        routes {
          id
          displayName
        }
        cancerTypes {
          id
          displayName
        }
        targets {
          id
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TherapyPageQuery, TherapyPageQueryVariables>;
export const FinderFacetsDocument = new TypedDocumentString(`
    query FinderFacets($byCancerType: TherapyFilter, $byRoute: TherapyFilter, $byTarget: TherapyFilter, $byKind: TherapyFilter) {
  cancerTypes: facets(filter: $byCancerType) {
    byCancerType(limit: 100) {
      node {
        id
        displayName
      }
      count
    }
  }
  routes: facets(filter: $byRoute) {
    byRoute(limit: 100) {
      node {
        id
        displayName
      }
      count
    }
  }
  targets: facets(filter: $byTarget) {
    byBiomarker(limit: 100) {
      node {
        id
        displayName
      }
      count
    }
  }
  kinds: facets(filter: $byKind) {
    byKind {
      kind
      count
    }
  }
  treatmentGoals(first: 100) {
    edges {
      node {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FinderFacetsQuery, FinderFacetsQueryVariables>;
export const TherapyCountDocument = new TypedDocumentString(`
    query TherapyCount($filter: TherapyFilter) {
  facets(filter: $filter) {
    total
  }
}
    `) as unknown as TypedDocumentString<TherapyCountQuery, TherapyCountQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID!, $depth: Int!, $limit: Int!) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    center {
      id
    }
    nodes {
      __typename
      id
      displayName
    }
    edges {
      ...FactWithSources
    }
    truncated
  }
}
    fragment FactWithSources on Fact {
  relationship
  subject {
    __typename
    id
    displayName
  }
  object {
    __typename
    id
    displayName
  }
  citations {
    id
    title
  }
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!, $maxHops: Int!) {
  paths(from: $from, to: $to, maxHops: $maxHops, limit: 20) {
    length
    steps {
      from {
        __typename
        id
        displayName
      }
      to {
        __typename
        id
        displayName
      }
      direction
      fact {
        relationship
        citations {
          id
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $first: Int!) {
  search(query: $query, first: $first) {
    totalCount
    edges {
      score
      node {
        __typename
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;