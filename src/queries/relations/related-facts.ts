import type { GraphReader } from '../../neo4j/graph-reader.ts';
import type { CypherQuery } from '../cypher-query.ts';
import { entityProjection } from '../entities/entity-record.ts';
import { toLink, type Link } from '../entities/fact-record.ts';
import { nearLabel, traversalPattern, type Traversal } from '../model/relations.ts';

/**
 * The relationships along one traversal from many entities at once: what a plain-list field
 * (Therapy.routes, CancerType.subtypes, ...) shows for every parent on a page, in one
 * statement. Each parent's list is ordered by the other end's name, then id. Only the far
 * end is read: the caller has the parent (see factOf). The parent is found through the
 * unique index on `Entity.id` (a `(p:Therapy {id})` match has no index: a label scan per id).
 */
export function relatedFactsQuery(t: Traversal, parentIds: readonly string[]): CypherQuery {
  const { pattern } = traversalPattern({ ...t, rollUp: false }, 'p', 'r', 'x');
  return {
    cypher: `
UNWIND $parentIds AS parentId
MATCH (p:Entity {id: parentId}) WHERE p:${nearLabel(t)}
MATCH ${pattern}
WITH parentId, r, x ORDER BY toLower(coalesce(x.name, x.title, x.text, x.id)), x.id
RETURN parentId, collect({relationship: type(r), far: ${entityProjection('x')}, properties: properties(r)}) AS links`,
    params: { parentIds },
  };
}

/** Links by parent id; a parent without any has an empty list. */
export async function relatedFacts(reader: GraphReader, t: Traversal, parentIds: readonly string[]): Promise<Map<string, Link[]>> {
  const q = relatedFactsQuery(t, parentIds);
  const rows = await reader.read<{ parentId: string; links: unknown[] }>(q.cypher, q.params);
  const byParent = new Map<string, Link[]>(parentIds.map((id) => [id, []]));
  for (const row of rows) byParent.set(row.parentId, row.links.map(toLink));
  return byParent;
}

