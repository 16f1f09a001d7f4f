import neo4j from 'neo4j-driver';
import type { GraphReader } from '../../neo4j/graph-reader.ts';
import type { CypherQuery } from '../cypher-query.ts';
import { entityProjection, toEntityRecord } from '../entities/entity-record.ts';
import { type EntityRecord } from '../../model/records.ts';
import { filterClauses } from '../lists/filters.ts';
import { apiRelationshipField } from '../../model/api-fields.ts';
import { traversalPattern } from '../patterns.ts';

export type TherapyFilterInput = Readonly<Record<string, unknown>> | null | undefined;

/** The relationships therapies are counted along; cancer types roll up to their ancestors. */
export const therapyFacetFields = {
  cancerType: apiRelationshipField('Therapy', 'cancerTypes').traversal,
  route: apiRelationshipField('Therapy', 'routes').traversal,
  biomarker: apiRelationshipField('Therapy', 'targets').traversal,
} as const;
export type TherapyFacetField = keyof typeof therapyFacetFields;

export interface NodeCount {
  readonly node: EntityRecord;
  readonly count: number;
}

export interface KindCount {
  readonly kind: string;
  readonly count: number;
}

/** The therapies a facet counts, once each: those matching the filter, exactly as `therapies(filter)` finds them. */
function matching(filter: TherapyFilterInput): { clause: string; params: Record<string, unknown> } {
  const { leads, where, params } = filterClauses('Therapy', filter);
  const clause = [
    ...leads,
    'MATCH (n:Therapy)',
    ...(where.length ? [`WHERE ${where.join('\n  AND ')}`] : []),
    'WITH DISTINCT n',
  ].join('\n');
  return { clause, params };
}

export function facetTotalQuery(filter: TherapyFilterInput): CypherQuery {
  const m = matching(filter);
  return { cypher: `${m.clause}\nRETURN count(n) AS count`, params: m.params };
}

/**
 * Matching therapies per related node, largest first; a therapy counts once per node even
 * when it reaches a cancer type through several subtypes.
 */
export function facetByRelationQuery(filter: TherapyFilterInput, field: TherapyFacetField, limit: number): CypherQuery {
  const m = matching(filter);
  const { pattern, reached } = traversalPattern({ ...therapyFacetFields[field], rollUp: true }, 'n', '', 'x');
  return {
    cypher: `${m.clause}
MATCH ${pattern}
WITH ${reached} AS bucket, count(DISTINCT n) AS count
ORDER BY count DESC, toLower(bucket.name), bucket.id
LIMIT $limit
RETURN ${entityProjection('bucket')} AS node, count`,
    params: { ...m.params, limit: neo4j.int(limit) },
  };
}

export function facetByKindQuery(filter: TherapyFilterInput): CypherQuery {
  const m = matching(filter);
  return { cypher: `${m.clause}\nRETURN n.kind AS kind, count(*) AS count ORDER BY count DESC, kind`, params: m.params };
}

export async function facetTotal(reader: GraphReader, filter: TherapyFilterInput): Promise<number> {
  const q = facetTotalQuery(filter);
  const [row] = await reader.read<{ count: number }>(q.cypher, q.params);
  return row?.count ?? 0;
}

export async function facetByRelation(
  reader: GraphReader,
  filter: TherapyFilterInput,
  field: TherapyFacetField,
  limit: number,
): Promise<NodeCount[]> {
  const q = facetByRelationQuery(filter, field, limit);
  const rows = await reader.read<{ node: unknown; count: number }>(q.cypher, q.params);
  return rows.map((r) => ({ node: toEntityRecord(r.node), count: r.count }));
}

export async function facetByKind(reader: GraphReader, filter: TherapyFilterInput): Promise<KindCount[]> {
  const q = facetByKindQuery(filter);
  return reader.read<KindCount>(q.cypher, q.params);
}
