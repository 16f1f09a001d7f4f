import Cypher from '@neo4j/cypher-builder';
import { ENTITY_LABEL } from '../../model/kinds.ts';
import type { EntityRecord } from '../../model/records.ts';
import { factTypes } from '../../model/relations.ts';
import type { GraphReader } from '../../neo4j/graph-reader.ts';
import type { CypherQuery } from '../cypher-query.ts';
import { toEntityRecord } from '../entities/entity-record.ts';
import { toFactRecord, type FactRecord } from '../entities/fact-record.ts';

/** Everything a citation backs through `citations` properties (claims back onto it by SUPPORTED_BY). */
export interface CitationBacking {
  /** The entities whose own attributes cite it, by name (ignoring case), then id. */
  readonly citedBy: EntityRecord[];
  /** The facts that cite it, by relationship type, subject id, object id. */
  readonly supports: FactRecord[];
}

/** Every stored property and the labels, as toEntityRecord reads them. */
function wholeEntity(n: Cypher.Node): Cypher.Expr {
  return new Cypher.MapProjection(n, '*', { __labels: Cypher.labels(n) });
}

/**
 * One statement: the citation found by the unique index on `Entity.id`, then the entities
 * and the facts whose `citations` name it. A list property has no index, so each of the two
 * reads every entity or fact once (as `Citation.citedBy` and `supports` do).
 */
export function citationBackingStatement(id: string): CypherQuery {
  const c = new Cypher.Node();
  const m = new Cypher.Node();
  const citedBy = new Cypher.Match(new Cypher.Pattern(m, { labels: [ENTITY_LABEL] }))
    .where(Cypher.in(c.property('id'), m.property('citations')))
    .with(m)
    .orderBy(Cypher.toLower(m.property('name')), m.property('id'))
    .return(wholeEntity(m));
  const [s, r, o] = [new Cypher.Node(), new Cypher.Relationship(), new Cypher.Node()];
  const facts = new Cypher.Pattern(s, { labels: [ENTITY_LABEL] })
    .related(r, { type: Cypher.labelExpr.or(...factTypes), direction: 'right' })
    .to(o, { labels: [ENTITY_LABEL] });
  const supports = new Cypher.Match(facts)
    .where(Cypher.in(c.property('id'), r.property('citations')))
    .with(s, r, o)
    .orderBy(Cypher.type(r), s.property('id'), o.property('id'))
    .return(new Cypher.Map({ relationship: Cypher.type(r), subject: wholeEntity(s), object: wholeEntity(o), properties: Cypher.properties(r) }));
  const { cypher, params } = new Cypher.Match(new Cypher.Pattern(c, { labels: [ENTITY_LABEL], properties: { id: new Cypher.Param(id) } }))
    .where(c.hasLabel('Citation'))
    .return([new Cypher.Collect(citedBy), 'citedBy'], [new Cypher.Collect(supports), 'supports'])
    .build();
  return { cypher, params };
}

/** What the citation backs; empty when no citation has the id. */
export async function citationBacking(reader: GraphReader, id: string): Promise<CitationBacking> {
  const q = citationBackingStatement(id);
  const [row] = await reader.read<{ citedBy: unknown[]; supports: unknown[] }>(q.cypher, q.params);
  return { citedBy: row?.citedBy.map(toEntityRecord) ?? [], supports: row?.supports.map(toFactRecord) ?? [] };
}
