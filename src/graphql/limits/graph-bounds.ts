import { FINDING_NAMES } from '../../audit/findings.ts';
import { KIND_NAMES, THERAPY_KINDS } from '../../model/kinds.ts';
import { factTypes } from '../../model/relations.ts';
import { MAX_NEIGHBORHOOD_DEPTH } from '../../queries/graph/neighborhood.ts';
import { MAX_PATH_HOPS } from '../../queries/graph/paths.ts';
import { MAX_PAGE_SIZE } from '../pagination/page-args.ts';

/**
 * The largest values the shipped graph (graph-seed, 2026-12-02, second release: 672 nodes, 1,577 fact relationships)
 * holds, measured with the Cypher of test/api/graph-bounds.test.ts, which measures the graph
 * the tests load and fails when it outgrows a bound: the numbers are facts about the data,
 * not guesses. The cost estimate uses them with headroom (`bound`), so the seed can grow for
 * a while before the estimate falls short of the truth.
 */
export const SHIPPED_MAXIMA = {
  /** Nodes, and fact relationships, in the whole graph. */
  nodes: 672,
  relationships: 1577,
  /** Fact relationships at one node, both directions (the goal control, which most indications have). */
  degree: 141,
  /** Nodes reached by the walks of depth 2 from one node, counted per path (the neighborhood's work). */
  twoStepWalk: 1453,
  /** Edges among the 101 nodes of a neighborhood of `limit: 100` (targeted-therapy, depth 2). */
  neighborhoodEdges: 233,
  /** Facts citing one citation (`Citation.supports`, `Provenance.supports`). */
  supports: 195,
  /** Entities whose own attributes cite one citation (`Citation.citedBy`, `Provenance.citedBy`). */
  citedBy: 33,
  /** Claims about one entity (`Provenance.claims`). */
  claimsAbout: 39,
  /** Plain lists of values on a node or fact (the most: a boxed warning's labels). */
  citations: 4,
  /** Citations on one fact (`Fact.citations`); entities' own lists run longer (above). */
  factCitations: 3,
  aliases: 7,
  authors: 4,
  editors: 4,
  /** Far ends of each plain relationship list, by `Type.field`: the most any one node has. */
  relationshipLists: {
    'Therapy.routes': 2,
    'Therapy.cancerTypes': 7,
    'Therapy.targets': 4,
    'Therapy.mechanisms': 1,
    'Therapy.precautions': 6,
    'Therapy.treatmentTypes': 1,
    'Therapy.schedules': 2,
    'Therapy.indications': 10,
    'CancerType.subtypes': 9,
    'CancerType.biomarkers': 1,
    'TreatmentType.goals': 3,
    'TreatmentType.routes': 3,
    'TreatmentType.schedules': 3,
    'TreatmentType.mechanisms': 3,
    'TreatmentType.precautions': 1,
    'TreatmentType.cancerTypes': 12,
    'Indication.biomarkers': 3,
    'Indication.combinedWith': 1,
    'Claim.about': 13,
    'Claim.support': 3,
  } as Record<string, number>,
};

/** Twice the measured maximum, and at least 4: room for the seed to grow before the estimate is short. */
export function bound(measured: number): number {
  return Math.max(4, 2 * measured);
}

/** Most nodes a neighborhood holds: `limit` around the center, plus the center. */
export const NEIGHBORHOOD_NODES = MAX_PAGE_SIZE + 1;
/** Edges per neighborhood node, from the densest measured neighborhood. */
export const NEIGHBORHOOD_EDGES_PER_NODE = Math.ceil(bound(SHIPPED_MAXIMA.neighborhoodEdges) / NEIGHBORHOOD_NODES);

/**
 * The bound of each plain list that does not come from the request's arguments, by
 * `Type.field`; `…Facts` twins share their field's bound (see plainListBound). Lists the
 * model fixes (audit findings, kinds, fact groups, path steps) take their size from it.
 */
const LIST_BOUNDS: Record<string, number> = {
  ...Object.fromEntries(Object.entries(SHIPPED_MAXIMA.relationshipLists).map(([field, n]) => [field, bound(n)])),
  'Neighborhood.nodes': NEIGHBORHOOD_NODES,
  'Neighborhood.edges': NEIGHBORHOOD_EDGES_PER_NODE * NEIGHBORHOOD_NODES,
  'Path.nodes': MAX_PATH_HOPS + 1,
  'Path.steps': MAX_PATH_HOPS,
  'Provenance.citations': bound(SHIPPED_MAXIMA.citations),
  'Fact.citations': bound(SHIPPED_MAXIMA.factCitations),
  // Every fact type, each way: the groups a node can have.
  'Provenance.factGroups': factTypes.length * 2,
  // All groups together hold the node's facts: FactGroup.facts is charged once per node at
  // this bound, not once per group (see cost-model.ts).
  'FactGroup.facts': bound(SHIPPED_MAXIMA.degree),
  'Provenance.claims': bound(SHIPPED_MAXIMA.claimsAbout),
  'Provenance.citedBy': bound(SHIPPED_MAXIMA.citedBy),
  'Provenance.supports': bound(SHIPPED_MAXIMA.supports),
  'AuditReport.findings': FINDING_NAMES.length,
  'Meta.counts': KIND_NAMES.length,
  'TherapyFacets.byKind': THERAPY_KINDS.length,
};

const VALUE_LISTS: Record<string, number> = {
  citations: bound(SHIPPED_MAXIMA.citations),
  aliases: bound(SHIPPED_MAXIMA.aliases),
  authors: bound(SHIPPED_MAXIMA.authors),
  editors: bound(SHIPPED_MAXIMA.editors),
};

/**
 * The bound of a plain list field, or undefined when the schema has a list this table does not
 * know (src/graphql/limits/cost-model.test.ts fails then, naming it).
 */
export function plainListBound(type: string, field: string, twinOf?: string): number | undefined {
  return LIST_BOUNDS[`${type}.${twinOf ?? field}`] ?? VALUE_LISTS[field];
}

/**
 * Work a root field makes Neo4j do beyond the rows it returns, in the same unit (rows read):
 * a walk reads every path it tries, a shortest-path search or a facet count may read every
 * relationship, the audit reads the whole graph.
 */
export const WALK_WORK = {
  neighborhood: (depth: number) => (depth >= MAX_NEIGHBORHOOD_DEPTH ? bound(SHIPPED_MAXIMA.twoStepWalk) : bound(SHIPPED_MAXIMA.degree)),
  graph: bound(SHIPPED_MAXIMA.nodes) + bound(SHIPPED_MAXIMA.relationships),
  relationships: bound(SHIPPED_MAXIMA.relationships),
  nodes: bound(SHIPPED_MAXIMA.nodes),
};
