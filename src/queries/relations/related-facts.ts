import type { GraphReader } from '../../neo4j/graph-reader.ts';
import type { CypherQuery } from '../cypher-query.ts';
import { factProjection, toFactRecord, type FactRecord } from '../entities/fact-record.ts';
import { nearLabel, traversalPattern, type Traversal } from '../model/relations.ts';

/**
 * The facts along one relationship from many entities at once: what a plain-list field
 * (Therapy.routes, CancerType.subtypes, ...) shows for every parent on a page, in one
 * statement. Each parent's list is ordered by the related entity's name, then id.
 */
export function relatedFactsQuery(t: Traversal, parentIds: readonly string[]): CypherQuery {
  const { pattern } = traversalPattern({ ...t, rollUp: false }, 'p', 'r', 'x');
  const [subject, object] = t.direction === 'out' ? ['p', 'x'] : ['x', 'p'];
  return {
    cypher: `
UNWIND $parentIds AS parentId
MATCH (p:${nearLabel(t)} {id: parentId})
MATCH ${pattern}
WITH parentId, p, r, x ORDER BY toLower(coalesce(x.name, x.title, x.text, x.id)), x.id
RETURN parentId, collect(${factProjection('r', subject, object)}) AS facts`,
    params: { parentIds },
  };
}

/** Facts by parent id; a parent without any has an empty list. */
export async function relatedFacts(
  reader: GraphReader,
  t: Traversal,
  parentIds: readonly string[],
): Promise<Map<string, FactRecord[]>> {
  const q = relatedFactsQuery(t, parentIds);
  const rows = await reader.read<{ parentId: string; facts: unknown[] }>(q.cypher, q.params);
  const byParent = new Map<string, FactRecord[]>(parentIds.map((id) => [id, []]));
  for (const row of rows) byParent.set(row.parentId, row.facts.map(toFactRecord));
  return byParent;
}
