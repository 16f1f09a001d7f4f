import type { GraphReader } from '../../neo4j/graph-reader.ts';
import type { CypherQuery } from '../cypher-query.ts';
import { entityProjection, toEntityRecord } from './entity-record.ts';
import { type EntityRecord } from '../../model/records.ts';

/** Any entities by id, whatever their kind (ids are unique across kinds). */
export function entitiesByIdQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `MATCH (n:Entity) WHERE n.id IN $ids RETURN ${entityProjection('n')} AS node`,
    params: { ids },
  };
}

export async function entitiesById(reader: GraphReader, ids: readonly string[]): Promise<Map<string, EntityRecord>> {
  const q = entitiesByIdQuery(ids);
  const rows = await reader.read<{ node: unknown }>(q.cypher, q.params);
  return new Map(rows.map((r) => toEntityRecord(r.node)).map((e) => [e.id, e]));
}
