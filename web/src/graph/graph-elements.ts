/**
 * Neighbourhood answers → Cytoscape elements. Pure (no Cytoscape import), so the merge of an
 * expansion into the drawn graph is unit-tested without a browser.
 */
import type { FactWithSourcesFragment, NeighborhoodQuery } from '../generated/graphql.ts';
import { kindOf } from '../kinds.ts';

export type Neighborhood = NonNullable<NeighborhoodQuery['neighborhood']>;

export interface NodeData {
  id: string;
  label: string;
  kind: string;
  colour: string;
  /** Steps from the view's centre (0 for the centre), for the concentric layout. */
  level: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  label: string;
  fact: FactWithSourcesFragment;
}

export function edgeId(fact: FactWithSourcesFragment): string {
  return `${fact.subject.id}|${fact.relationship}|${fact.object.id}`;
}

/**
 * The nodes and edges of `hood` that `known` does not hold yet; new nodes get the level of
 * their nearest known neighbour plus one (the centre of a first answer gets 0).
 */
export function newElements(hood: Neighborhood, known: Map<string, number>): { nodes: NodeData[]; edges: EdgeData[] } {
  const levels = new Map(known);
  if (!levels.has(hood.center.id)) levels.set(hood.center.id, 0);
  // Breadth-first over the answer's edges from the known nodes, so levels are distances.
  let frontier = [...levels.keys()];
  while (frontier.length) {
    const next: string[] = [];
    for (const fact of hood.edges) {
      for (const [a, b] of [[fact.subject.id, fact.object.id], [fact.object.id, fact.subject.id]] as const) {
        if (frontier.includes(a) && !levels.has(b)) {
          levels.set(b, levels.get(a)! + 1);
          next.push(b);
        }
      }
    }
    frontier = next;
  }
  const nodes = hood.nodes
    .filter((n) => !known.has(n.id))
    .map((n) => ({
      id: n.id,
      label: n.displayName,
      kind: kindOf(n.__typename).label,
      colour: kindOf(n.__typename).colour,
      level: levels.get(n.id) ?? 1,
    }));
  const edges = hood.edges.map((fact) => ({
    id: edgeId(fact),
    source: fact.subject.id,
    target: fact.object.id,
    label: fact.relationship.toLowerCase().replaceAll('_', ' '),
    fact,
  }));
  return { nodes, edges };
}
