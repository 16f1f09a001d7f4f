/**
 * Reads the exported nodes and edges in batches of ids (scope.ts ID_BATCH), each batch one
 * bounded statement through the GraphReader, so that memory holds the id list and one
 * batch at a time, never the whole graph.
 */
import type { GraphReader } from '../neo4j/graph-reader.ts';
import type { CypherQuery } from '../queries/cypher-query.ts';
import { displayName, entityProjection, toEntityRecord } from '../queries/entities/entity-record.ts';
import type { PropertyValue } from '../seed/graph.ts';
import { ENTITY_LABEL, RELATIONSHIP_TYPES, SEED_HASH_PROPERTY, type RelationshipType } from '../seed/kinds.ts';
import type { ExportEdge, ExportNode } from './export-model.ts';
import { batches } from './scope.ts';

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

export async function* readNodes(reader: GraphReader, ids: readonly string[]): AsyncGenerator<ExportNode[]> {
  for (const batch of batches(ids)) {
    const q = nodesQuery(batch);
    const rows = await reader.read<{ node: unknown }>(q.cypher, q.params);
    yield rows.map((r) => {
      const record = toEntityRecord(r.node);
      const { __label, id, ...stored } = record;
      return { id, nodeType: __label, label: displayName(record), properties: attributes(stored) };
    });
  }
}

/** Edges whose both ends are in `ids`. */
export async function* readEdges(reader: GraphReader, ids: readonly string[]): AsyncGenerator<ExportEdge[]> {
  const inScope = new Set(ids);
  for (const batch of batches(ids)) {
    const q = edgesQuery(batch);
    const rows = await reader.read<{ source: string; target: string; relationship: RelationshipType; properties: Record<string, unknown> }>(
      q.cypher,
      q.params,
    );
    yield rows.filter((r) => inScope.has(r.target)).map((r) => ({ ...r, properties: attributes(r.properties) }));
  }
}

/** Stored properties without the loader's bookkeeping. */
function attributes(stored: Record<string, unknown>): Record<string, PropertyValue> {
  const { [SEED_HASH_PROPERTY]: _hash, ...rest } = stored;
  return rest as Record<string, PropertyValue>;
}
