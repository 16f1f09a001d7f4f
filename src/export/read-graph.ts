/**
 * Reads the exported nodes and edges in batches of ids (scope.ts ID_BATCH), each batch one
 * bounded statement through the GraphReader, so that memory holds the id list and one
 * batch at a time, never the whole graph.
 */
import type { GraphReader } from '../neo4j/graph-reader.ts';
import type { CypherQuery } from '../queries/cypher-query.ts';
import { entityProjection, toEntityRecord } from '../queries/entities/entity-record.ts';
import { displayName } from '../model/records.ts';
import type { PropertyValue } from '../seed/graph.ts';
import { ENTITY_LABEL, RELATIONSHIP_TYPES, SEED_HASH_PROPERTY, type RelationshipType } from '../model/kinds.ts';
import { STORED_SORT_KEYS } from '../model/sort.ts';
import { EDGE_PROPERTIES, NODE_PROPERTIES, type ExportEdge, type ExportNode } from './export-model.ts';
import { batches, ID_BATCH } from './scope.ts';

export function nodesQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id MATCH (n:${ENTITY_LABEL} {id: id}) RETURN ${entityProjection('n')} AS node`,
    params: { ids },
  };
}

/** Each node's outgoing relationships, in a stable order (type, target, section). */
export function edgesQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `
UNWIND $ids AS id
MATCH (a:${ENTITY_LABEL} {id: id})
CALL (a) {
  MATCH (a)-[r:${RELATIONSHIP_TYPES.join('|')}]->(b:${ENTITY_LABEL})
  RETURN r, b ORDER BY type(r), b.id, r.section
}
RETURN a.id AS source, b.id AS target, type(r) AS relationship, properties(r) AS properties`,
    params: { ids },
  };
}

export async function* readNodes(reader: GraphReader, ids: readonly string[], batchSize = ID_BATCH): AsyncGenerator<ExportNode[]> {
  for (const batch of batches(ids, batchSize)) {
    const q = nodesQuery(batch);
    const rows = await reader.read<{ node: unknown }>(q.cypher, q.params);
    yield rows.map((r) => {
      const record = toEntityRecord(r.node);
      const { __label, id, ...stored } = record;
      return { id, nodeType: __label, label: displayName(record), properties: attributes(stored, NODE_PROPERTIES) };
    });
  }
}

/** Edges whose both ends are in `ids`. */
export async function* readEdges(reader: GraphReader, ids: readonly string[], batchSize = ID_BATCH): AsyncGenerator<ExportEdge[]> {
  const inScope = new Set(ids);
  for (const batch of batches(ids, batchSize)) {
    const q = edgesQuery(batch);
    const rows = await reader.read<{ source: string; target: string; relationship: RelationshipType; properties: Record<string, unknown> }>(
      q.cypher,
      q.params,
    );
    yield rows.filter((r) => inScope.has(r.target)).map((r) => ({ ...r, properties: attributes(r.properties, EDGE_PROPERTIES) }));
  }
}

/** What the loader writes besides the seed's data: the seed hash, the stored sort keys. */
const BOOKKEEPING = new Set([SEED_HASH_PROPERTY, ...STORED_SORT_KEYS]);

/**
 * Stored properties without the loader's bookkeeping, in `order` (the registry's), then any
 * others by name: Neo4j returns them in no fixed order, and the same graph should export to
 * the same file.
 */
function attributes(stored: Record<string, unknown>, order: readonly string[]): Record<string, PropertyValue> {
  const names = Object.keys(stored).filter((name) => !BOOKKEEPING.has(name) && stored[name] !== null);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  names.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(names.map((name) => [name, stored[name] as PropertyValue]));
}
