/**
 * The most expensive requests the limits still accept, of each kind issue #15 found: each
 * attack makes a fresh request every time (new words, new ids, new filter combinations), so
 * that no cache helps, and sizes itself to just under GRAPHQL_MAX_COST with the service's own
 * estimator (the same one that enforces the limit).
 */
import { createRequire } from 'node:module';
import { estimateCost } from '../../../src/graphql/limits/cost-limit.ts';
import { loadTypeDefs } from '../../../src/graphql/schema.ts';

// graphql through require, as Apollo loads it (see src/graphql/limits/cost-limit.test.ts).
const { buildASTSchema, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const schema = buildASTSchema(loadTypeDefs());

export interface Attack {
  name: string;
  /** The i-th request of this attack. */
  request(i: number): { query: string };
}

export const costOf = (query: string) => estimateCost(schema, parse(query), {});

/** The most aliases of `field(i)` (at most 15, GRAPHQL_MAX_ALIASES) whose cost stays within `maxCost`. */
function aliased(maxCost: number, field: (i: number, alias: number) => string): (i: number) => string {
  const query = (n: number, i: number) => `{ ${Array.from({ length: n }, (_, a) => `a${a}: ${field(i, a)}`).join(' ')} }`;
  let n = 1;
  while (n < 15 && costOf(query(n + 1, 0)) <= maxCost) n += 1;
  return (i) => query(n, i);
}

/** Twelve fuzzy-length (20-letter) words, different each time: Lucene's costliest accepted search. */
const words = (i: number, alias: number) =>
  Array.from({ length: 12 }, (_, w) => `${'leukemiatherapykinase'.slice(0, 14)}${(i * 15 + alias).toString(36).padStart(4, 'q')}${String.fromCharCode(97 + w)}x`.slice(0, 20)).join(' ');

const HUBS = ['targeted-therapy', 'oral', 'leukemia', 'imatinib', 'breast-cancer', 'intravenous'];
const FILTER_FIELDS = ['routes', 'cancerTypes', 'targets', 'mechanisms', 'treatmentTypes', 'schedules', 'goals'];

export function attacks(maxCost: number): Attack[] {
  // The citation tree with the largest `supports(first)` that is still accepted.
  let supports = 24;
  const tree = (n: number, i: number) =>
    `{ citations(first: 100, filter: { titleContains: "${i % 2 ? 'a' : 'e'}" }) { edges { node { id title supports(first: ${n}) { totalCount edges { node { relationship subject { id } object { id } citations { id title } } } } } } } }`;
  while (supports > 1 && costOf(tree(supports, 0)) > maxCost) supports -= 1;
  return [
    { name: 'search, 12 fuzzy words, aliased', request: (i) => ({ query: aliased(maxCost, (j, a) => `search(query: "${words(j, a)}", first: 100) { totalCount edges { score node { id } } }`)(i) }) },
    {
      name: 'provenance of hubs, aliased',
      request: (i) => ({
        query: aliased(maxCost, (j, a) => `provenance(id: "${HUBS[(j + a) % HUBS.length]}") { citations { id title } factGroups { relationship direction count facts { relationship subject { id } object { id } citations { id title } } } claims { id text support { citation { id title } section excerpt } } }`)(i),
      }),
    },
    { name: `citation tree, supports(first: ${supports})`, request: (i) => ({ query: tree(supports, i) }) },
    {
      name: 'depth-2 neighborhoods of hubs, aliased',
      request: (i) => ({ query: aliased(maxCost, (j, a) => `neighborhood(id: "${HUBS[(j + a) % HUBS.length]}", depth: 2, limit: 100) { nodes { id } edges { relationship subject { id } object { id } citations { id } } }`)(i) }),
    },
    {
      name: 'fresh filter combinations, aliased',
      request: (i) => ({
        query: aliased(maxCost, (j, a) => {
          const fields = FILTER_FIELDS.filter((_, k) => ((j * 15 + a) >> k) & 1);
          const filter = fields.map((f) => `${f}: ["${f}-${j}-${a}", "oral", "leukemia"]`).join(', ');
          return `therapies(filter: { nameContains: "${(j + a) % 7 ? 'i' : 'a'}"${filter ? `, ${filter}` : ''} }, sort: { field: ${a % 2 ? 'ID' : 'NAME'} }, first: 100) { totalCount edges { node { id name routes { id } cancerTypes { id } } } }`;
        })(i),
      }),
    },
  ];
}
