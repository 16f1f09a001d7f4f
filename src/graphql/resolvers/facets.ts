import { facetByKind, facetByRelation, facetTotal, type TherapyFacetField } from '../../queries/facets/therapy-facets.ts';
import { requireInRange } from '../arguments.ts';
import type { RequestContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import type { TherapyFacetsModel } from '../models.ts';
import { MAX_PAGE_SIZE } from '../pagination/page-args.ts';

/** One facet field: one query, only when selected. */
const byRelation = (field: TherapyFacetField) => (f: TherapyFacetsModel, args: { limit: number }, ctx: RequestContext) =>
  facetByRelation(ctx.reader, f.filter, field, requireInRange('limit', args.limit, 1, MAX_PAGE_SIZE));

export const facetResolvers: Resolvers = {
  Query: {
    facets: (_root, args) => ({ filter: args.filter }),
  },
  TherapyFacets: {
    total: (f, _args, ctx) => facetTotal(ctx.reader, f.filter),
    byCancerType: byRelation('cancerType'),
    byRoute: byRelation('route'),
    byBiomarker: byRelation('biomarker'),
    byKind: (f, _args, ctx) => facetByKind(ctx.reader, f.filter),
  },
};
