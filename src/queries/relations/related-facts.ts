import type { GraphReader } from '../../neo4j/graph-reader.ts';
import type { CypherQuery } from '../cypher-query.ts';
import { entityProjection } from '../entities/entity-record.ts';
import { toLink, type Link } from '../entities/fact-record.ts';
import { type Traversal, nearKind } from '../../model/relations.ts';
import { traversalPattern } from '../patterns.ts';

/** The parents whose relationships along one traversal are wanted. */
export interface LinkRequest {
  readonly traversal: Traversal;
  readonly parentIds: readonly string[];
}

/**
 * The relationships along one or more traversals, each from its own parents, in one
 * statement (a UNION branch per traversal): what the plain-list fields of a response level
 * (Therapy.routes, Therapy.cancerTypes, ...) show for every parent on a page. Each parent's
 * list is ordered by the other end's name, then id. Only the far end is read: the caller
 * has the parent (see factOf). The parents are found through the unique index on
 * `Entity.id` in one seek (`(p:Therapy {id})` has no index: a label scan per id; and on a
 * small graph, `UNWIND` then `{id: parentId}` was planned as a scan of the index per id).
 */
export function relatedFactsQuery(requests: readonly LinkRequest[]): CypherQuery {
  const branches = requests.map(({ traversal }, i) => {
    const { pattern } = traversalPattern({ ...traversal, rollUp: false }, 'p', 'r', 'x');
    return `
MATCH (p:Entity) WHERE p.id IN $parentIds${i} AND p:${nearKind(traversal) ?? 'Entity'}
MATCH ${pattern}
WITH p.id AS parentId, r, x ORDER BY toLower(coalesce(x.name, x.title, x.text, x.id)), x.id
RETURN ${i} AS request, parentId, collect({relationship: type(r), far: ${entityProjection('x')}, properties: properties(r)}) AS links`;
  });
  return {
    cypher: branches.join('\nUNION ALL'),
    params: Object.fromEntries(requests.map((r, i) => [`parentIds${i}`, r.parentIds])),
  };
}

/** For each request, links by parent id; a parent without any has an empty list. */
export async function relatedFacts(reader: GraphReader, requests: readonly LinkRequest[]): Promise<Map<string, Link[]>[]> {
  const q = relatedFactsQuery(requests);
  const rows = await reader.read<{ request: number; parentId: string; links: unknown[] }>(q.cypher, q.params);
  const byRequest = requests.map((r) => new Map<string, Link[]>(r.parentIds.map((id) => [id, []])));
  for (const row of rows) byRequest[row.request]!.set(row.parentId, row.links.map(toLink));
  return byRequest;
}
