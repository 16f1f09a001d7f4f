import { compareText } from '../../audit/findings.ts';
import type { GraphReader } from '../../neo4j/graph-reader.ts';
import { REL } from '../../model/kinds.ts';
import type { CypherQuery } from '../cypher-query.ts';
import { entityProjection, toEntityRecord } from '../entities/entity-record.ts';
import { type EntityRecord } from '../../model/records.ts';
import { factProjection, toFactRecord, type FactRecord } from '../entities/fact-record.ts';
import { type FactType } from '../../model/relations.ts';
import { anyFactType } from '../patterns.ts';

export type FactDirection = 'OUTGOING' | 'INCOMING';

/** The facts of one relationship type in one direction, as `provenance` groups them. */
export interface FactGroupRecord {
  readonly relationship: FactType;
  /** OUTGOING: the node is each fact's subject; INCOMING: its object. */
  readonly direction: FactDirection;
  readonly facts: readonly FactRecord[];
}

export interface ProvenanceRecord {
  readonly node: EntityRecord;
  /** By relationship type, then OUTGOING before INCOMING. */
  readonly factGroups: readonly FactGroupRecord[];
  /** The claims about the node, by id. */
  readonly claims: readonly EntityRecord[];
}

/**
 * Everything the graph states about one node, in one statement: its facts in both
 * directions (each with its citation ids; the Citation objects come from the entity
 * loader, one query for all of them) and the claims about it.
 */
export function provenanceQuery(id: string): CypherQuery {
  // Each pattern starts from `n` and binds `s`, `r`, `o` with `WITH`: written as
  // `(s)-[r]->(o) WHERE s = n`, Neo4j plans a scan of every entity instead.
  const factsOf = (pattern: string, bind: string, direction: FactDirection) => `COLLECT {
    MATCH ${pattern}
    WITH ${bind} ORDER BY type(r), s.id, o.id
    RETURN {direction: '${direction}', fact: ${factProjection('r', 's', 'o')}}
  }`;
  return {
    cypher: `
MATCH (n:Entity {id: $id})
RETURN ${entityProjection('n')} AS node,
  ${factsOf(`(n)-[r:${anyFactType}]->(o:Entity)`, 'n AS s, r, o', 'OUTGOING')}
  + ${factsOf(`(s:Entity)-[r:${anyFactType}]->(n)`, 's, r, n AS o', 'INCOMING')} AS facts,
  COLLECT { MATCH (c:Claim)-[:${REL.ABOUT}]->(n) WITH c ORDER BY c.id RETURN ${entityProjection('c')} } AS claims`,
    params: { id },
  };
}

/** The node's provenance, or undefined when no node has the id. */
export async function provenance(reader: GraphReader, id: string): Promise<ProvenanceRecord | undefined> {
  const q = provenanceQuery(id);
  const [row] = await reader.read<{ node: unknown; facts: { direction: FactDirection; fact: unknown }[]; claims: unknown[] }>(q.cypher, q.params);
  if (!row) return undefined;
  return { node: toEntityRecord(row.node), factGroups: groupFacts(row.facts), claims: row.claims.map(toEntityRecord) };
}

function groupFacts(rows: readonly { direction: FactDirection; fact: unknown }[]): FactGroupRecord[] {
  const groups = new Map<string, { relationship: FactType; direction: FactDirection; facts: FactRecord[] }>();
  for (const row of rows) {
    const fact = toFactRecord(row.fact);
    const relationship = fact.relationship as FactType;
    const key = `${relationship} ${row.direction}`;
    const group = groups.get(key) ?? { relationship, direction: row.direction, facts: [] };
    group.facts.push(fact);
    groups.set(key, group);
  }
  // The rows come by direction, then type; groups are listed by type, then direction.
  const order = (g: FactGroupRecord) => `${g.relationship} ${g.direction === 'OUTGOING' ? 0 : 1}`;
  return [...groups.values()].sort((a, b) => compareText(order(a), order(b)));
}
