/**
 * A read plan: what one root field of a request reads, worked out from its selection set
 * (src/graphql/plan) and turned into one Cypher statement by this folder. Only what the
 * request selected is in it: the stored properties, and each nested field under its
 * response key (aliases differ), with its arguments already checked.
 */
import type { ApiRelationshipField } from '../../model/api-fields.ts';
import { KIND_NAMES, type ENTITY_LABEL, type KindName } from '../../model/kinds.ts';
import type { Sort } from '../../model/sort.ts';
import type { Traversal } from '../../model/relations.ts';
import type { Window } from './window.ts';

/** What to read of an entity at one position of the response; one kind, or several under `Node`. */
export interface EntityPlan {
  readonly byKind: ReadonlyMap<KindName, KindSelection>;
}

/** An entity of any kind as its id (and kind) only. */
export const idsOnly: EntityPlan = { byKind: new Map(KIND_NAMES.map((kind) => [kind, { properties: new Set(['id']), fields: [] }])) };

/** What to read of an entity of one kind. */
export interface KindSelection {
  /** Stored properties to project; `id` always. */
  readonly properties: ReadonlySet<string>;
  readonly fields: readonly FieldPlan[];
}

/** A nested field, read in the same statement and returned under its response key. */
export type FieldPlan = RelatedPlan | ConnectionPlan | CitationsPlan | SupportStatusPlan | CitingFactsPlan;

/** A plain-list or single relationship field (`routes`, `parent`, `routeFacts`, `about`, `support`). */
export interface RelatedPlan {
  readonly type: 'related';
  readonly key: string;
  readonly field: ApiRelationshipField;
  /** The far entities (reads: nodes) or the facts (reads: facts). */
  readonly items: EntityPlan | FactPlan;
}

/** A Relay connection over related entities or facts (`CancerType.therapies`, `claims`). */
export interface ConnectionPlan {
  readonly type: 'connection';
  readonly key: string;
  readonly list: ListPlan;
}

/** The citations an entity or a fact names in its `citations` property. */
export interface CitationsPlan {
  readonly type: 'citations';
  readonly key: string;
  readonly items: EntityPlan;
}

/** A claim's support status (src/audit/support-status.ts). */
export interface SupportStatusPlan {
  readonly type: 'supportStatus';
  readonly key: string;
}

/** A citation's `supports`: a page of the facts that cite it. */
export interface CitingFactsPlan {
  readonly type: 'citingFacts';
  readonly key: string;
  readonly window: Window;
  readonly withTotal: boolean;
  readonly items: FactPlan;
}

/**
 * A relationship as a Fact: what of it is selected (its type, each end, the citations, the
 * relationship properties). What is not selected is not read: every value the statement
 * returns is decoded by the driver, and a page of 50 therapies with their facts returned
 * each fact's subject, type and an empty property map that nothing read.
 */
export interface FactPlan {
  /** The relationship's type is read (selected, or needed by the root field: provenance groups by it). */
  readonly relationship: boolean;
  readonly subject?: EntityPlan;
  readonly object?: EntityPlan;
  readonly citations: readonly CitationsPlan[];
  /** Relationship properties read (a claim's support: `section`, `excerpt`). */
  readonly properties: readonly string[];
}

/** One page of a list: a root list, or a connection of each parent (`via` leads to it). */
export interface ListPlan {
  /** The kind of the items; `Entity` for items of any kind (Citation.citedBy), which take no filter. */
  readonly kind: KindName | typeof ENTITY_LABEL;
  readonly filter: Readonly<Record<string, unknown>> | null;
  readonly sort: Sort;
  readonly window: Window;
  readonly withTotal: boolean;
  /** From an item to its parent, for a parent's connection; rolling up when `includeSubtypes`. */
  readonly via?: Traversal;
  /** Citation.citedBy: the items are the entities whose own `citations` property names the parent. */
  readonly citing?: boolean;
  /** Rows are entities (`nodes`) or the relationships to the parent as facts. */
  readonly items: EntityPlan | FactPlan;
}

export function isFactPlan(items: EntityPlan | FactPlan): items is FactPlan {
  return !('byKind' in items);
}

/** `search`: the hits' page and what each hit's node selects. */
export interface SearchPlan {
  readonly window: Window;
  readonly withTotal: boolean;
  readonly node: EntityPlan;
}

/** `neighborhood`: what its center, its nodes and its edges (facts) select. */
export interface NeighborhoodPlan {
  readonly center: EntityPlan;
  readonly nodes: EntityPlan;
  readonly edges: FactPlan;
}

/** `paths`: what a path's nodes, its steps' ends and their facts select (a step's end only when selected). */
export interface PathsPlan {
  readonly nodes: EntityPlan;
  readonly from?: EntityPlan;
  readonly to?: EntityPlan;
  readonly fact: FactPlan;
}

/**
 * `provenance`: what its node, the node's citations, its facts and the claims about it
 * select; for a citation, what it backs (`citedBy`, `supports`) when selected.
 */
export interface ProvenancePlan {
  readonly node: EntityPlan;
  readonly citations: EntityPlan;
  readonly facts: FactPlan;
  readonly claims: EntityPlan;
  readonly citedBy?: EntityPlan;
  readonly supports?: FactPlan;
}
