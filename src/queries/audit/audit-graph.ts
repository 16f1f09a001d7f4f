/**
 * The graph as the audit sees it, read back from Neo4j into the SeedGraph form so that the
 * API's `audit` runs the very checks the `audit` command runs on a seed folder
 * (src/audit/audit.ts). Only the properties the checks read are fetched. Nodes come in
 * pages of AUDIT_PAGE_SIZE by id, each with its outgoing relationships, so that no single
 * statement outgrows the query timeout: the shipped graph is one page, a graph of 100k
 * nodes and 580k relationships ten.
 */
import neo4j from 'neo4j-driver';
import { AUDITED_NODE_PROPERTIES, AUDITED_RELATIONSHIP_PROPERTIES } from '../../audit/graph-view.ts';
import type { GraphReader } from '../../neo4j/graph-reader.ts';
import type { Properties, SeedGraph, SeedNode, SeedRelationship } from '../../seed/graph.ts';
import { ENTITY_LABEL, RELATIONSHIP_TYPES, type RelationshipType } from '../../model/kinds.ts';
import type { CypherQuery } from '../cypher-query.ts';
import { toEntityRecord } from '../entities/entity-record.ts';
import { seedMeta } from '../meta/seed-meta.ts';

export const AUDIT_PAGE_SIZE = 10_000;

/** `.a, .b`: a map projection's property selectors. */
const selectors = (properties: readonly string[]) => properties.map((p) => `.${p}`).join(', ');

/** The nodes after id `after` (keyset on the Entity.id index), with their outgoing relationships. */
export function auditPageQuery(after: string, size: number): CypherQuery {
  return {
    cypher: `
MATCH (n:${ENTITY_LABEL}) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $size
RETURN n {.id, ${selectors(AUDITED_NODE_PROPERTIES)}, __labels: labels(n)} AS node,
  [(n)-[r:${RELATIONSHIP_TYPES.join('|')}]->(m:${ENTITY_LABEL}) | {type: type(r), to: m.id, properties: r {${selectors(AUDITED_RELATIONSHIP_PROPERTIES)}}}] AS out`,
    params: { after, size: neo4j.int(size) },
  };
}

interface PageRow {
  node: unknown;
  out: { type: RelationshipType; to: string; properties: Record<string, unknown> }[];
}

export async function readAuditGraph(reader: GraphReader, pageSize = AUDIT_PAGE_SIZE): Promise<SeedGraph> {
  const meta = seedMeta(reader);
  // Awaited at the end; when a page read fails first, that failure is the one reported, and
  // this one must not surface as an unhandled rejection meanwhile.
  meta.catch(() => {});
  const nodes: SeedNode[] = [];
  const relationships: SeedRelationship[] = [];
  let after = '';
  for (;;) {
    const q = auditPageQuery(after, pageSize);
    const rows = await reader.read<PageRow>(q.cypher, q.params);
    for (const { node, out } of rows) {
      const { __label, id, ...properties } = toEntityRecord(node);
      nodes.push({ id, label: __label, properties: present({ id, ...properties }) });
      for (const r of out) relationships.push({ type: r.type, from: id, to: r.to, properties: present(r.properties) });
      after = id;
    }
    if (rows.length < pageSize) break;
  }
  return { hash: (await meta).seedVersion ?? '', origin: 'Neo4j', nodes, relationships };
}

/** A map projection gives null for a property the node lacks; the seed form leaves it out. */
function present(projected: Record<string, unknown>): Properties {
  return Object.fromEntries(Object.entries(projected).filter(([, v]) => v !== null && v !== undefined)) as Properties;
}
