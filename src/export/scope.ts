/**
 * Which nodes an export holds. The whole graph is every Entity. A subgraph is every node
 * within `depth` relationships of `from`, in either direction, plus the citations that
 * those nodes and the facts between them cite, so that the citation ids on its edges can
 * be looked up in the same file. Either way the edges are all relationships between
 * exported nodes.
 */
import type { GraphReader } from '../neo4j/graph-reader.ts';
import type { CypherQuery } from '../queries/cypher-query.ts';
import { closeIds, didYouMean } from '../queries/suggestions/close-ids.ts';
import { ENTITY_LABEL, RELATIONSHIP_TYPES, type KindName, type RelationshipType } from '../model/kinds.ts';
import { factTypes as FACT_TYPES } from '../model/relations.ts';

/**
 * `from` is an id as the seed writes it: a lower-case slug (the CLI lower-cases what is
 * typed). A subgraph's walk may be narrowed: only some relationship types, only nodes of
 * some kinds, never through some ids (a hub such as targeted-therapy). The start is exempt.
 */
export type ExportScope = { from: null } | { from: string; depth: number; walk?: ExportWalk };

export interface ExportWalk {
  /** Relationship types followed; all of them (provenance too) when absent. */
  readonly relationships?: readonly RelationshipType[];
  /** Kinds reached; all when absent. */
  readonly labels?: readonly KindName[];
  /** Ids never reached. */
  readonly exclude?: readonly string[];
}

/** How many ids one statement takes; keeps each read small whatever the graph's size. */
export const ID_BATCH = 2000;

const ANY_RELATIONSHIP = RELATIONSHIP_TYPES.join('|');

export class ExportScopeError extends Error {
  override name = 'ExportScopeError';
}

/** The ids to export, sorted, so that an export of the same graph is the same file. */
export async function idsInScope(reader: GraphReader, scope: ExportScope): Promise<string[]> {
  if (scope.from === null) {
    const rows = await reader.read<{ id: string }>(`MATCH (n:${ENTITY_LABEL}) RETURN n.id AS id ORDER BY id`);
    return rows.map((r) => r.id);
  }
  const start = await reader.read(`MATCH (n:${ENTITY_LABEL} {id: $id}) RETURN n.id AS id`, { id: scope.from });
  if (start.length === 0) {
    throw new ExportScopeError(`--from ${scope.from}: no node has this id in the graph${didYouMean(await closeIds(reader, scope.from))}`);
  }
  const reached = await neighbourhood(reader, scope.from, scope.depth, scope.walk ?? {});
  for (const id of await citedBy(reader, reached)) reached.add(id);
  return [...reached].sort();
}

/** Breadth first, one statement per batch of the frontier per step, rather than one variable-length pattern whose paths multiply with depth. */
async function neighbourhood(reader: GraphReader, from: string, depth: number, walk: ExportWalk): Promise<Set<string>> {
  const reached = new Set([from]);
  let frontier = [from];
  for (let step = 0; step < depth && frontier.length > 0; step += 1) {
    const next: string[] = [];
    for (const batch of batches(frontier)) {
      const q = neighboursQuery(batch, walk);
      for (const { id } of await reader.read<{ id: string }>(q.cypher, q.params)) {
        if (!reached.has(id)) {
          reached.add(id);
          next.push(id);
        }
      }
    }
    frontier = next;
  }
  return reached;
}

/**
 * The neighbours of each id: across any relationship allowed (either direction) and, for a
 * citation, what it backs without a relationship: the entities whose own attributes cite it
 * and both ends of the facts that cite it (as `Citation.supports` and `citedBy` show it).
 * Those two read every entity or fact for each citation in the frontier (a list property
 * has no index); a citation is in a frontier only when the walk reaches it before its last step.
 */
export function neighboursQuery(ids: readonly string[], walk: ExportWalk = {}): CypherQuery {
  // Only the registry's types are written into the statement, whatever was asked.
  const types = walk.relationships?.length ? RELATIONSHIP_TYPES.filter((t) => walk.relationships!.includes(t)) : RELATIONSHIP_TYPES;
  const backed = walk.relationships?.length
    ? ''
    : `
  UNION
  MATCH (c:${ENTITY_LABEL} {id: id}) WHERE c:Citation
  MATCH (m:${ENTITY_LABEL}) WHERE id IN m.citations
  RETURN m
  UNION
  MATCH (c:${ENTITY_LABEL} {id: id}) WHERE c:Citation
  MATCH (s:${ENTITY_LABEL})-[r:${FACT_TYPES.join('|')}]->(o:${ENTITY_LABEL}) WHERE id IN r.citations
  UNWIND [s, o] AS m
  RETURN m`;
  return {
    cypher: `UNWIND $ids AS id
CALL (id) {
  MATCH (:${ENTITY_LABEL} {id: id})-[:${types.join('|')}]-(m:${ENTITY_LABEL})
  RETURN m${backed}
}
WITH m WHERE ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels)) AND NOT m.id IN $exclude
RETURN DISTINCT m.id AS id`,
    params: { ids, labels: walk.labels?.length ? walk.labels : null, exclude: walk.exclude ?? [] },
  };
}

/** The citation ids that the nodes in `ids` and the facts among them cite. */
async function citedBy(reader: GraphReader, ids: ReadonlySet<string>): Promise<Set<string>> {
  const cited = new Set<string>();
  for (const batch of batches([...ids])) {
    const q = citationsQuery(batch);
    const rows = await reader.read<{ own: string[] | null; facts: { to: string; citations: string[] }[] }>(q.cypher, q.params);
    for (const row of rows) {
      for (const id of row.own ?? []) cited.add(id);
      for (const fact of row.facts) if (ids.has(fact.to)) for (const id of fact.citations) cited.add(id);
    }
  }
  return cited;
}

export function citationsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
RETURN n.citations AS own,
  [(n)-[r:${ANY_RELATIONSHIP}]->(m:${ENTITY_LABEL}) WHERE r.citations IS NOT NULL | {to: m.id, citations: r.citations}] AS facts`,
    params: { ids },
  };
}

export function* batches<T>(items: readonly T[], size = ID_BATCH): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
