import Cypher from '@neo4j/cypher-builder';
import { compareText } from '../../audit/findings.ts';
import { REL } from '../../model/kinds.ts';
import type { CitationRecord, EntityRecord } from '../../model/records.ts';
import { factTypes, type FactType } from '../../model/relations.ts';
import type { GraphReader } from '../../neo4j/graph-reader.ts';
import { citationsExpr } from '../compile/citations.ts';
import { citingFacts } from '../compile/citing-facts.ts';
import { projectEntity } from '../compile/entity-projection.ts';
import { factExpr } from '../compile/facts.ts';
import { anyOf } from '../compile/patterns.ts';
import type { EntityPlan, FactPlan, ProvenancePlan } from '../compile/read-plan.ts';
import type { CypherQuery } from '../cypher-query.ts';
import type { FactRecord } from '../entities/fact-record.ts';

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
  /** The citations the node's own attributes name, in order. */
  readonly citations: readonly CitationRecord[];
  /** By relationship type, then OUTGOING before INCOMING. */
  readonly factGroups: readonly FactGroupRecord[];
  /** The claims about the node, by id. */
  readonly claims: readonly EntityRecord[];
  /** For a citation: the entities whose own attributes cite it, by name, then id; empty for other kinds or when not selected. */
  readonly citedBy: readonly EntityRecord[];
  /** For a citation: the facts citing it, by relationship type, subject id, object id; empty likewise. */
  readonly supports: readonly FactRecord[];
}

/**
 * Everything the graph states about one node, in one statement: the node, the citations of
 * its attributes, its facts in both directions (each with its citations) and the claims
 * about it, each projected as the request selects it.
 */
export function provenanceQuery(id: string, plan: ProvenancePlan): CypherQuery {
  const n = new Cypher.Node();
  const c = new Cypher.Node();
  const claims = new Cypher.Match(new Cypher.Pattern(c, { labels: ['Claim'] }).related({ type: REL.ABOUT, direction: 'right' }).to(n))
    .with(c)
    .orderBy(c.property('id'))
    .return(projectEntity(plan.claims, c));
  const statement = new Cypher.Match(new Cypher.Pattern(n, { labels: ['Entity'], properties: { id: new Cypher.Param(id) } })).return(
    [projectEntity(plan.node, n), 'node'],
    [citationsExpr(n, plan.citations), 'citations'],
    [Cypher.concat(factsOf(n, 'OUTGOING', plan.facts), factsOf(n, 'INCOMING', plan.facts)), 'facts'],
    [new Cypher.Collect(claims), 'claims'],
    [forCitation(n, plan.citedBy && citedByExpr(n, plan.citedBy)), 'citedBy'],
    [forCitation(n, plan.supports && supportsExpr(n, plan.supports)), 'supports'],
  );
  const { cypher, params } = statement.build();
  return { cypher, params };
}

/**
 * The node's facts in one direction, by type, subject id, object id. The pattern starts from
 * `n` and names its ends with WITH: written as `(s)-[r]->(o) WHERE s = n`, Neo4j plans a scan
 * of every entity instead.
 */
function factsOf(n: Cypher.Node, direction: FactDirection, plan: FactPlan): Cypher.Expr {
  const r = new Cypher.Relationship();
  const other = new Cypher.Node();
  const [s, o] = [new Cypher.Node(), new Cypher.Node()];
  const pattern = new Cypher.Pattern(n)
    .related(r, { type: anyOf(factTypes), direction: direction === 'OUTGOING' ? 'right' : 'left' })
    .to(other, { labels: ['Entity'] });
  const [subject, object] = direction === 'OUTGOING' ? [n, other] : [other, n];
  const read = new Cypher.Match(pattern)
    .with([subject, s], r, [object, o])
    .orderBy(Cypher.type(r), s.property('id'), o.property('id'))
    .return(new Cypher.Map({ direction: new Cypher.Literal(direction), fact: factExpr(plan, r, s, o) }));
  return new Cypher.Collect(read);
}

/**
 * What only a citation has (and only when selected): a list property has no index, so each
 * reads every entity or fact once, as `Citation.citedBy` and `supports` do.
 */
function forCitation(n: Cypher.Node, list: Cypher.Expr | undefined): Cypher.Expr {
  return list ? new Cypher.Case().when(n.hasLabel('Citation')).then(list).else(new Cypher.List([])) : new Cypher.List([]);
}

/** The entities whose own attributes cite citation `n`, by name (ignoring case), then id. */
function citedByExpr(n: Cypher.Node, plan: EntityPlan): Cypher.Expr {
  const m = new Cypher.Node();
  const read = new Cypher.Match(new Cypher.Pattern(m, { labels: ['Entity'] }))
    .where(Cypher.in(n.property('id'), m.property('citations')))
    .with(m)
    .orderBy(Cypher.toLower(m.property('name')), m.property('id'))
    .return(projectEntity(plan, m));
  return new Cypher.Collect(read);
}

/** The facts citing citation `n`, by relationship type, subject id, object id. */
function supportsExpr(n: Cypher.Node, plan: FactPlan): Cypher.Expr {
  const { vars, match, keys } = citingFacts(n);
  const read = match()
    .with(...vars)
    .orderBy(...keys)
    .return(factExpr(plan, vars[1], vars[0], vars[2]));
  return new Cypher.Collect(read);
}

/** The node's provenance, or undefined when no node has the id; `q` is provenanceQuery(id, plan), given when the caller has it already. */
export async function provenance(reader: GraphReader, id: string, plan: ProvenancePlan, q: CypherQuery = provenanceQuery(id, plan)): Promise<ProvenanceRecord | undefined> {
  type Row = Omit<ProvenanceRecord, 'factGroups'> & { facts: { direction: FactDirection; fact: FactRecord }[] };
  const [row] = await reader.read<Row>(q.cypher, q.params);
  if (!row) return undefined;
  const { facts, ...rest } = row;
  return { ...rest, factGroups: groupFacts(facts) };
}

function groupFacts(rows: readonly { direction: FactDirection; fact: FactRecord }[]): FactGroupRecord[] {
  const groups = new Map<string, { relationship: FactType; direction: FactDirection; facts: FactRecord[] }>();
  for (const { direction, fact } of rows) {
    const relationship = fact.relationship as FactType;
    const key = `${relationship} ${direction}`;
    const group = groups.get(key) ?? { relationship, direction, facts: [] };
    group.facts.push(fact);
    groups.set(key, group);
  }
  // The rows come by direction, then type; groups are listed by type, then direction.
  const order = (g: FactGroupRecord) => `${g.relationship} ${g.direction === 'OUTGOING' ? 0 : 1}`;
  return [...groups.values()].sort((a, b) => compareText(order(a), order(b)));
}
