import { describe, expect, it } from 'vitest';
import { apiRelationshipFields } from '../../src/model/api-fields.ts';
import type { KindName } from '../../src/model/kinds.ts';
import { factTypes, relation } from '../../src/model/relations.ts';
import { bound, SHIPPED_MAXIMA } from '../../src/graphql/limits/graph-bounds.ts';
import { postGraphQL, useService } from '../support/service.ts';

const FACTS = factTypes.join('|');

/** How each maximum of graph-bounds.ts is measured: one number from the graph. */
const MEASURES: Record<Exclude<keyof typeof SHIPPED_MAXIMA, 'relationshipLists' | 'neighborhoodEdges'>, string> = {
  nodes: 'MATCH (n:Entity) RETURN count(n) AS m',
  relationships: `MATCH ()-[r:${FACTS}]->() RETURN count(r) AS m`,
  degree: `MATCH (n:Entity) RETURN max(COUNT { (n)-[:${FACTS}]-() }) AS m`,
  twoStepWalk: `MATCH (n:Entity) RETURN max(COUNT { (n)-[:${FACTS}*1..2]-() }) AS m`,
  supports: `MATCH (c:Citation) RETURN max(COUNT { ()-[r:${FACTS}]->() WHERE c.id IN r.citations }) AS m`,
  citedBy: 'MATCH (c:Citation) RETURN max(COUNT { MATCH (n:Entity) WHERE c.id IN n.citations }) AS m',
  claimsAbout: 'MATCH (n:Entity) RETURN max(COUNT { (n)<-[:ABOUT]-(:Claim) }) AS m',
  citations: `CALL () { MATCH (n:Entity) RETURN size(coalesce(n.citations, [])) AS s UNION ALL MATCH ()-[r:${FACTS}]->() RETURN size(coalesce(r.citations, [])) AS s } RETURN max(s) AS m`,
  factCitations: `MATCH ()-[r:${FACTS}]->() RETURN max(size(coalesce(r.citations, []))) AS m`,
  aliases: 'MATCH (n:Entity) RETURN max(size(coalesce(n.aliases, []))) AS m',
  authors: 'MATCH (n:Citation) RETURN max(size(coalesce(n.authors, []))) AS m',
  editors: 'MATCH (n:Citation) RETURN max(size(coalesce(n.editors, []))) AS m',
};

/**
 * The bounds the cost estimate uses hold on the graph the tests load (the shipped seed): when
 * the seed outgrows one, this fails and says which, and SHIPPED_MAXIMA gets the new figure.
 */
describe('the graph bounds of the cost estimate', () => {
  const service = useService();
  const measure = async (cypher: string) => {
    const { records } = await service().neo4j.driver.executeQuery(cypher, {}, { database: service().neo4j.database });
    return Number(records[0]!.get('m'));
  };

  it.each(Object.entries(MEASURES))('%s is within its bound', async (name, cypher) => {
    const measured = await measure(cypher);
    expect(measured, `${name}: the graph has ${measured}; raise SHIPPED_MAXIMA.${name} in src/graphql/limits/graph-bounds.ts`).toBeLessThanOrEqual(
      bound(SHIPPED_MAXIMA[name as keyof typeof MEASURES]),
    );
    expect(measured).toBeGreaterThan(0);
  });

  it('holds for every plain relationship list', async () => {
    for (const [kind, fields] of Object.entries(apiRelationshipFields)) {
      for (const f of fields.filter((x) => x.shape === 'list' && !x.twinOf)) {
        const r = relation(f.traversal.relation);
        const step = f.traversal.direction === 'out' ? `-[:${r.type}]->` : `<-[:${r.type}]-`;
        const measured = await measure(`MATCH (n:${kind as KindName}) RETURN max(COUNT { (n)${step}() }) AS m`);
        const shipped = SHIPPED_MAXIMA.relationshipLists[`${kind}.${f.name}`];
        expect(shipped, `${kind}.${f.name} has no measured maximum in graph-bounds.ts`).toBeDefined();
        expect(measured, `${kind}.${f.name}: the graph has ${measured}`).toBeLessThanOrEqual(bound(shipped!));
      }
    }
  });

  it('holds for the edges of the neighborhoods of the five best-connected nodes', async () => {
    const { records } = await service().neo4j.driver.executeQuery(
      `MATCH (n:Entity) RETURN n.id AS id ORDER BY COUNT { (n)-[:${FACTS}]-() } DESC LIMIT 5`,
      {},
      { database: service().neo4j.database },
    );
    for (const id of records.map((r) => r.get('id') as string)) {
      const { body } = await postGraphQL(`${service().url}/graphql`, {
        query: 'query ($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) { edges { relationship } } }',
        variables: { id },
      });
      expect(body.data.neighborhood.edges.length, id).toBeLessThanOrEqual(bound(SHIPPED_MAXIMA.neighborhoodEdges));
    }
  });
});
