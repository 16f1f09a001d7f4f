import { describe, expect, it } from 'vitest';
import { OralLeukemiaDocument, TherapiesWithFactsDocument } from '../../src/graphql/generated/operations/graphql.ts';
import { useApi } from './support/api.ts';

/**
 * Every operation must cost a number of Neo4j round trips fixed by its shape, not by how many
 * items it returns: a list field nested under a page is one query for the whole page.
 */
describe('Neo4j round trips per operation', () => {
  const api = useApi();

  it('the flagship costs 2: the page with its count; routes and cancer types together', async () => {
    const answer = await api.run(OralLeukemiaDocument);
    expect(answer.errors).toBeUndefined();
    expect(answer.roundTrips).toBe(2);
  });

  it('a page of 50 therapies with routes, cancer types, targets and every edge’s citations costs what a page of 5 does', async () => {
    const five = await api.run(TherapiesWithFactsDocument, { first: 5 });
    const fifty = await api.run(TherapiesWithFactsDocument, { first: 50 });
    expect(five.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data!.therapies.edges).toHaveLength(50);
    const citations = fifty.data!.therapies.edges.flatMap((e) => [...e.node.routeFacts, ...e.node.targetFacts].flatMap((f) => f.citations));
    expect(citations.length).toBeGreaterThan(50);
    // the page; its three relationships in one statement; then every citation they name
    expect(fifty.roundTrips).toBe(five.roundTrips);
    expect(fifty.roundTrips).toBe(3);
  });

  it('a nested connection under a page of cancer types is one query, not one per cancer type', async () => {
    const query = (first: number) =>
      `{ cancerTypes(first: ${first}) { edges { node { id therapies(first: 3) { totalCount edges { node { id routes { id } } } } } } } }`;
    const few = await api.run(query(2));
    const many = await api.run(query(40));
    expect(many.errors).toBeUndefined();
    expect(many.roundTrips).toBe(few.roundTrips);
    expect(many.roundTrips).toBe(3);
  });
});
