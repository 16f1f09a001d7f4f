/**
 * The graph as the audit sees it, read back from Neo4j into the SeedGraph form so that the
 * API's `audit` runs the very checks the `audit` command runs on a seed folder
 * (src/audit/audit.ts). Three statements whatever the graph's size: the nodes, the
 * relationships and the seed's hash (SeedMeta), each with only the properties the checks read.
 */
import { AUDITED_NODE_PROPERTIES, AUDITED_RELATIONSHIP_PROPERTIES } from '../../audit/graph-view.ts';
import type { GraphReader } from '../../neo4j/graph-reader.ts';
import type { Properties, SeedGraph, SeedRelationship } from '../../seed/graph.ts';
import { ENTITY_LABEL, RELATIONSHIP_TYPES } from '../../seed/kinds.ts';
import type { CypherQuery } from '../cypher-query.ts';
import { toEntityRecord } from '../entities/entity-record.ts';
import { seedMeta } from '../meta/seed-meta.ts';

/** `.a, .b`: a map projection's property selectors. */
const selectors = (properties: readonly string[]) => properties.map((p) => `.${p}`).join(', ');

export const auditNodesQuery: CypherQuery = {
  cypher: `MATCH (n:${ENTITY_LABEL}) RETURN n {.id, ${selectors(AUDITED_NODE_PROPERTIES)}, __labels: labels(n)} AS node`,
  params: {},
};

export const auditRelationshipsQuery: CypherQuery = {
  cypher: `
MATCH (a:${ENTITY_LABEL})-[r:${RELATIONSHIP_TYPES.join('|')}]->(b:${ENTITY_LABEL})
RETURN type(r) AS type, a.id AS from, b.id AS to, r {${selectors(AUDITED_RELATIONSHIP_PROPERTIES)}} AS properties`,
  params: {},
};

export async function readAuditGraph(reader: GraphReader): Promise<SeedGraph> {
  const [nodes, relationships, meta] = await Promise.all([
    reader.read<{ node: unknown }>(auditNodesQuery.cypher, auditNodesQuery.params),
    reader.read<Omit<SeedRelationship, 'properties'> & { properties: Record<string, unknown> }>(auditRelationshipsQuery.cypher, auditRelationshipsQuery.params),
    seedMeta(reader),
  ]);
  return {
    hash: meta.seedVersion ?? '',
    origin: 'Neo4j',
    nodes: nodes.map(({ node }) => {
      const { __label, id, ...properties } = toEntityRecord(node);
      return { id, label: __label, properties: present({ id, ...properties }) };
    }),
    relationships: relationships.map((r) => ({ ...r, properties: present(r.properties) })),
  };
}

/** A map projection gives null for a property the node lacks; the seed form leaves it out. */
function present(projected: Record<string, unknown>): Properties {
  return Object.fromEntries(Object.entries(projected).filter(([, v]) => v !== null && v !== undefined)) as Properties;
}
