import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { estimateCost } from '../../src/graphql/limits/cost-limit.ts';
import { loadTypeDefs } from '../../src/graphql/schema.ts';
import type { WorkloadContext } from './context.ts';
import { facts50 } from './facts50.ts';
import { flagship } from './flagship.ts';
import { neighborhood } from './neighborhood.ts';
import { page50 } from './page50.ts';
import { paths } from './paths.ts';
import { provenance } from './provenance.ts';
import { search } from './search.ts';

// graphql through require, as Apollo loads it (see src/graphql/limits/cost-limit.test.ts).
const { buildASTSchema, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** Ids of the curated graph; the cost does not depend on which ids are asked about. */
const context: WorkloadContext = {
  route: 'oral',
  cancerType: 'leukemia',
  cancerTypeAndSubtypes: ['leukemia'],
  hub: 'leukemia',
  therapy: 'imatinib',
  pathTarget: 'breast-cancer',
  searchText: 'leukemia',
};

describe('the benchmark workloads', () => {
  const schema = buildASTSchema(loadTypeDefs());
  const { maxCost } = loadConfig({}).graphql;
  const workloads = [flagship(context), page50(), facts50(), search(context), neighborhood(context), paths(context), provenance(context)];

  it.each(workloads.map((w) => [w.id, w] as const))('%s costs no more than the default GRAPHQL_MAX_COST', (_id, w) => {
    expect(estimateCost(schema, parse(w.ours.query), w.ours.variables ?? {})).toBeLessThanOrEqual(maxCost);
  });
});
