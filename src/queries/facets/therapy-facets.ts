import neo4j from 'neo4j-driver';
import type { GraphReader } from '../../neo4j/graph-reader.ts';
import { REL } from '../../model/kinds.ts';
import type { CypherQuery } from '../cypher-query.ts';
import { type EntityRecord } from '../../model/records.ts';
import { entityProjection, toEntityRecord } from '../entities/entity-record.ts';
import { filterClauses } from '../lists/filters.ts';
import { apiRelationshipField } from '../../model/api-fields.ts';
import type { Traversal } from '../../model/relations.ts';
import { traversalPattern } from '../patterns.ts';

type TherapyFilterInput = Readonly<Record<string, unknown>> | null | undefined;

/**
 * The facet groups over related nodes: the relationship therapies are counted along, and
 * the TherapyFilter field of the same dimension, which that group's counts leave out
 * (disjunctive faceting: with `routes: ["oral"]`, byRoute still counts the intravenous
 * therapies the user would get by adding that route). Cancer types roll up to their ancestors.
 */
const relationGroups = {
  byCancerType: { traversal: apiRelationshipField('Therapy', 'cancerTypes').traversal, dimension: 'cancerTypes' },
  byRoute: { traversal: apiRelationshipField('Therapy', 'routes').traversal, dimension: 'routes' },
  byBiomarker: { traversal: apiRelationshipField('Therapy', 'targets').traversal, dimension: 'targets' },
} as const satisfies Record<string, { traversal: Traversal; dimension: string }>;

/** One group a client asked for (a field of TherapyFacets, with its arguments). */
export type FacetRequest =
  | { readonly group: 'total' }
  | { readonly group: 'byKind' }
  | { readonly group: 'byRoute' | 'byBiomarker'; readonly limit: number }
  /** `parent` null: top-level cancer types only; an id: the direct subtypes of that type. */
  | { readonly group: 'byCancerType'; readonly limit: number; readonly parent: string | null };

export interface NodeCount {
  readonly node: EntityRecord;
  readonly count: number;
}

export interface KindCount {
  readonly kind: string;
  readonly count: number;
}

export type FacetAnswer = number | NodeCount[] | KindCount[];

/** The therapies a group counts, once each: those matching the filter without `dimension`. */
function matching(filter: TherapyFilterInput, dimension?: string): { clause: string; params: Record<string, unknown> } {
  const { leads, where, params } = filterClauses('Therapy', dimension ? { ...filter, [dimension]: undefined } : filter);
  const clause = [...leads, 'MATCH (n:Therapy)', ...(where.length ? [`WHERE ${where.join('\n  AND ')}`] : []), 'WITH DISTINCT n'].join('\n  ');
  return { clause, params };
}

/** A CALL subquery returning one group's answer as `g<i>`, and its parameters. */
function groupSubquery(filter: TherapyFilterInput, r: FacetRequest, i: number): { cypher: string; params: Record<string, unknown> } {
  const out = `g${i}`;
  if (r.group === 'total') {
    const m = matching(filter);
    return { cypher: `CALL () {\n  ${m.clause}\n  RETURN count(n) AS ${out}\n}`, params: m.params };
  }
  if (r.group === 'byKind') {
    const m = matching(filter, 'kinds');
    return {
      cypher: `CALL () {\n  ${m.clause}\n  WITH n.kind AS kind, count(*) AS count ORDER BY count DESC, kind\n  RETURN collect({kind: kind, count: count}) AS ${out}\n}`,
      params: m.params,
    };
  }
  const spec = relationGroups[r.group];
  const m = matching(filter, spec.dimension);
  const { pattern, reached } = traversalPattern({ ...spec.traversal, rollUp: true }, 'n', '', 'x');
  const level =
    r.group !== 'byCancerType'
      ? ''
      : r.parent === null
        ? `\n  WHERE NOT EXISTS { (${reached})-[:${REL.SUBTYPE_OF}]->() }`
        : `\n  WHERE EXISTS { (${reached})-[:${REL.SUBTYPE_OF}]->(:Entity {id: $${out}_parent}) }`;
  return {
    cypher: `CALL () {
  ${m.clause}
  MATCH ${pattern}${level}
  WITH ${reached} AS bucket, count(DISTINCT n) AS count
  ORDER BY count DESC, toLower(bucket.name), bucket.id
  LIMIT $${out}_limit
  RETURN collect({node: ${entityProjection('bucket')}, count: count}) AS ${out}
}`,
    params: { ...m.params, [`${out}_limit`]: neo4j.int(r.limit), ...(r.group === 'byCancerType' && r.parent !== null ? { [`${out}_parent`]: r.parent } : {}) },
  };
}

/**
 * Every facet group asked for, in one statement: one CALL subquery per group (each matches
 * its own therapies, since each leaves out its own dimension), one row of answers. The
 * filter's parameters have the same names and values in every subquery.
 */
export function facetsQuery(filter: TherapyFilterInput, requests: readonly FacetRequest[]): CypherQuery {
  const parts = requests.map((r, i) => groupSubquery(filter, r, i));
  return {
    cypher: `${parts.map((p) => p.cypher).join('\n')}\nRETURN ${requests.map((_, i) => `g${i}`).join(', ')}`,
    params: Object.assign({}, ...parts.map((p) => p.params)),
  };
}

export async function therapyFacets(reader: GraphReader, filter: TherapyFilterInput, requests: readonly FacetRequest[]): Promise<FacetAnswer[]> {
  if (requests.length === 0) return [];
  const q = facetsQuery(filter, requests);
  const [row] = await reader.read<Record<string, unknown>>(q.cypher, q.params);
  return requests.map((r, i) => {
    const value = row![`g${i}`];
    if (r.group === 'total' || r.group === 'byKind') return value as number | KindCount[];
    return (value as { node: unknown; count: number }[]).map((b) => ({ node: toEntityRecord(b.node), count: b.count }));
  });
}
