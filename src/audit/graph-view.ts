/**
 * The parts of a SeedGraph every audit check looks at, indexed once: which ids exist, which
 * are citations, the facts, and each claim's ABOUT and SUPPORTED_BY targets. The graph may
 * come from a seed folder or from Neo4j (src/queries/audit), and may be inconsistent: a
 * relationship or a `citations` list may name an id that has no node. That is what the
 * audit is for, so nothing here assumes otherwise.
 */
import type { SeedGraph, SeedNode, SeedRelationship } from '../seed/graph.ts';
import { KINDS, REL } from '../model/kinds.ts';
import { factTypes } from '../model/relations.ts';
import { IDENTIFIED_BY } from './checks/incomplete-citations.ts';
import { compareText } from './findings.ts';

export interface GraphView {
  nodes: ReadonlyMap<string, SeedNode>;
  citations: readonly SeedNode[];
  /** Nodes whose kind must cite citations for its attributes (kinds.ts `cited`). */
  citedEntities: readonly SeedNode[];
  claims: readonly SeedNode[];
  facts: readonly SeedRelationship[];
  /** Claim id → ids its ABOUT relationships point at, present or not, sorted. */
  aboutOf: ReadonlyMap<string, readonly string[]>;
  /** Claim id → ids its SUPPORTED_BY relationships point at, present or not, sorted. */
  supportOf: ReadonlyMap<string, readonly string[]>;
  isCitation(id: string): boolean;
}

/**
 * The only properties the checks read. A graph read back from Neo4j for the audit
 * (src/queries/audit) carries just these, so a check that reads another must add it here.
 */
export const AUDITED_NODE_PROPERTIES: readonly string[] = [
  ...new Set(['citations', 'kind', 'title', 'url', 'status', ...Object.values(IDENTIFIED_BY).flat(2)]),
];
export const AUDITED_RELATIONSHIP_PROPERTIES = ['citations'] as const;

const FACT_TYPES: ReadonlySet<string> = new Set(factTypes);

export function viewOf(graph: SeedGraph): GraphView {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const claims = graph.nodes.filter((n) => n.label === 'Claim');
  const aboutOf = targetsByClaim(claims, graph.relationships, REL.ABOUT);
  const supportOf = targetsByClaim(claims, graph.relationships, REL.SUPPORTED_BY);
  return {
    nodes,
    citations: graph.nodes.filter((n) => n.label === 'Citation'),
    citedEntities: graph.nodes.filter((n) => KINDS[n.label].cited),
    claims,
    facts: graph.relationships.filter((r) => FACT_TYPES.has(r.type)),
    aboutOf,
    supportOf,
    isCitation: (id) => nodes.get(id)?.label === 'Citation',
  };
}

/** The `citations` property of a node or fact: the ids it names (an absent list names none). */
export function citationIdsOf(item: SeedNode | SeedRelationship): readonly string[] {
  const value = item.properties.citations;
  return Array.isArray(value) ? value : [];
}

/** `imatinib TARGETS bcr-abl`: how the report names a fact. */
export function factLabel(r: SeedRelationship): string {
  return `${r.from} ${r.type} ${r.to}`;
}

/** Sorted, because a seed lists them in its own order and Neo4j returns them in none. */
function targetsByClaim(claims: readonly SeedNode[], relationships: readonly SeedRelationship[], type: string): Map<string, string[]> {
  const byClaim = new Map<string, string[]>(claims.map((c) => [c.id, []]));
  for (const r of relationships) if (r.type === type) byClaim.get(r.from)?.push(r.to);
  for (const targets of byClaim.values()) targets.sort(compareText);
  return byClaim;
}
