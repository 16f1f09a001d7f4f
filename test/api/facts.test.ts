/**
 * The root `facts(filter, ...)` list on the shipped graph, checked against the seed files
 * themselves: the auditor's "facts resting only on the founding page", filters by
 * relationship, subject kind and number of sources, keyset paging both ways, one statement
 * per page, and bad arguments as BAD_USER_INPUT naming them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { factTypes } from '../../src/model/relations.ts';
import { prepareSeed } from '../../src/seed/prepare.ts';
import type { SeedGraph } from '../../src/seed/graph.ts';
import { codes, useApi, type Answer, type Api } from './support/api.ts';

const FOUNDING_PAGE = 'acs-targeted-therapy';

interface FactPage {
  facts: {
    totalCount: number;
    edges: { cursor: string; node: { relationship: string; subject: { id: string }; object: { id: string }; citations: { id: string; title: string }[] } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
}

const FACTS = `query($filter: FactFilter, $first: Int, $after: String, $last: Int, $before: String) {
  facts(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { relationship subject { id } object { id } citations { id title } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

/** `TYPE subject object` of each fact in the seed that `keep` keeps, in the list's order. */
function seedFacts(graph: SeedGraph, keep: (f: { type: string; subjectLabel: string; citations: readonly string[] }) => boolean): string[] {
  const label = new Map(graph.nodes.map((n) => [n.id, n.label as string]));
  const facts = new Set<string>(factTypes);
  return graph.relationships
    .filter((r) => facts.has(r.type))
    .filter((r) => keep({ type: r.type, subjectLabel: label.get(r.from)!, citations: r.properties.citations as readonly string[] }))
    .map((r) => [r.type, r.from, r.to])
    .sort((a, b) => (a[0]! !== b[0]! ? (a[0]! < b[0]! ? -1 : 1) : a[1]! !== b[1]! ? (a[1]! < b[1]! ? -1 : 1) : a[2]! < b[2]! ? -1 : 1))
    .map((f) => f.join(' '));
}

/** Every fact of the list, page by page forwards; with the statements each page cost. */
async function readAll(api: Api, filter: Record<string, unknown>, first = 100): Promise<{ facts: string[]; total: number; roundTrips: number[] }> {
  const facts: string[] = [];
  const roundTrips: number[] = [];
  let after: string | null = null;
  let total = -1;
  for (let page = 0; page < 50; page += 1) {
    const answer: Answer<FactPage> = await api.run<FactPage, Record<string, unknown>>(FACTS, { filter, first, after });
    expect(answer.errors).toBeUndefined();
    roundTrips.push(answer.roundTrips);
    const list: FactPage['facts'] = answer.data!.facts;
    total = list.totalCount;
    facts.push(...list.edges.map((e) => `${e.node.relationship} ${e.node.subject.id} ${e.node.object.id}`));
    if (!list.pageInfo.hasNextPage) break;
    after = list.pageInfo.endCursor;
  }
  return { facts, total, roundTrips };
}

describe('facts(filter)', () => {
  // Neo4j plans each statement shape once (cached after); a page of facts of any kind with
  // their citations takes several seconds to plan on a cold, heavily shared test machine.
  const api = useApi({ QUERY_TIMEOUT_MS: '30000' });
  let graph: SeedGraph;
  beforeAll(async () => {
    graph = await prepareSeed(loadConfig().seedDir);
  });

  it('lists the facts resting only on the founding page (citations: [it], maxCitations: 1), exactly the seed’s, one statement a page', async () => {
    const expected = seedFacts(graph, (f) => f.citations.length === 1 && f.citations[0] === FOUNDING_PAGE);
    expect(expected.length).toBeGreaterThan(0);
    const read = await readAll(api, { citations: [FOUNDING_PAGE], maxCitations: 1 }, 40);
    expect(read.facts).toEqual(expected);
    expect(read.total).toBe(expected.length);
    expect(read.roundTrips.every((n) => n === 1)).toBe(true);
    // Every fact of the page shows its one citation, the founding page, with its title.
    const first = await api.data<FactPage, Record<string, unknown>>(FACTS, { filter: { citations: [FOUNDING_PAGE], maxCitations: 1 }, first: 5 });
    for (const e of first.facts.edges) expect(e.node.citations.map((c) => c.id)).toEqual([FOUNDING_PAGE]);
    expect(first.facts.edges[0]!.node.citations[0]!.title.length).toBeGreaterThan(0);
  });

  it('filters by relationship, subject kind and a minimum number of sources, as the seed says', async () => {
    const filter = { relationships: ['USED_FOR', 'TARGETS'], subjectKinds: ['THERAPY'], minCitations: 2 };
    const expected = seedFacts(graph, (f) => ['USED_FOR', 'TARGETS'].includes(f.type) && f.subjectLabel === 'Therapy' && f.citations.length >= 2);
    expect(expected.length).toBeGreaterThan(0);
    const read = await readAll(api, filter);
    expect(read.facts).toEqual(expected);
    expect(read.total).toBe(expected.length);
  });

  it('without a filter lists every fact of the graph; the same facts backwards with last/before', async () => {
    const expected = seedFacts(graph, () => true);
    const forward = await readAll(api, {});
    expect(forward.facts).toEqual(expected);
    // The last 7 facts, then the 7 before them, read backwards from the end.
    const last = await api.data<FactPage, Record<string, unknown>>(FACTS, { last: 7 });
    const before = await api.data<FactPage, Record<string, unknown>>(FACTS, { last: 7, before: last.facts.pageInfo.startCursor });
    const ids = (p: FactPage) => p.facts.edges.map((e) => `${e.node.relationship} ${e.node.subject.id} ${e.node.object.id}`);
    expect([...ids(before), ...ids(last)]).toEqual(expected.slice(-14));
    expect(last.facts.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('matches citation ids ignoring case', async () => {
    const lower = await api.data<FactPage, Record<string, unknown>>(FACTS, { filter: { citations: [FOUNDING_PAGE] }, first: 1 });
    const mixed = await api.data<FactPage, Record<string, unknown>>(FACTS, { filter: { citations: ['ACS-Targeted-Therapy'] }, first: 1 });
    expect(lower.facts.totalCount).toBeGreaterThan(0);
    expect(mixed.facts.totalCount).toBe(lower.facts.totalCount);
  });

  it('rejects bad arguments with BAD_USER_INPUT naming them', async () => {
    const bad = async (variables: Record<string, unknown>) => {
      const answer = await api.run<FactPage, Record<string, unknown>>(FACTS, variables);
      expect(answer.data?.facts ?? null).toBeNull();
      return [codes(answer), (answer.errors?.[0]?.extensions as { argument?: string } | undefined)?.argument];
    };
    expect(await bad({ filter: { minCitations: 3, maxCitations: 1 } })).toEqual([['BAD_USER_INPUT'], 'filter.maxCitations']);
    expect(await bad({ filter: { minCitations: -1 } })).toEqual([['BAD_USER_INPUT'], 'filter.minCitations']);
    expect(await bad({ first: 101 })).toEqual([['BAD_USER_INPUT'], 'first']);
    const therapies = await api.data<{ therapies: { pageInfo: { endCursor: string } } }, Record<string, never>>('{ therapies(first: 1) { pageInfo { endCursor } } }');
    expect(await bad({ after: therapies.therapies.pageInfo.endCursor })).toEqual([['BAD_USER_INPUT'], 'after']);
  });
});
