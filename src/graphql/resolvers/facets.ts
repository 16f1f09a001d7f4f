import DataLoader from 'dataloader';
import { therapyFacets, type FacetAnswer, type FacetRequest, type KindCount, type NodeCount } from '../../queries/facets/therapy-facets.ts';
import { requireInRange } from '../arguments.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import type { TherapyFacetsModel } from '../models.ts';
import { warnUnknownIds } from '../warnings/unknown-ids.ts';
import { filterFields, idKind } from '../../model/filters.ts';
import { MAX_PAGE_SIZE } from '../pagination/page-args.ts';
import { facetBucketsPlan } from '../plan/root-plan.ts';

/**
 * `facets(filter)`: its fields are resolved in the same tick, so a DataLoader per `facets`
 * field collects the groups selected (aliases and arguments included) and reads them all
 * in one statement (queries/facets), each bucket's node as the groups' selections read it.
 */
export const facetResolvers: Resolvers = {
  Query: {
    facets: (_root, args, ctx, info): TherapyFacetsModel => {
      const buckets = facetBucketsPlan(info);
      return {
        groups: new DataLoader<FacetRequest, FacetAnswer, string>(
          async (requests) => {
            const { answers, unknownIds } = await therapyFacets(ctx.reader, args.filter, requests, buckets);
            await warnUnknownIds(ctx, info, unknownIds, (field) => idKind('Therapy', filterFields.Therapy[field]!));
            return answers;
          },
          { cacheKeyFn: (r) => JSON.stringify(r) },
        ),
      };
    },
  },
  TherapyFacets: {
    total: (f) => f.groups.load({ group: 'total' }) as Promise<number>,
    byCancerType: (f, args) =>
      f.groups.load({ group: 'byCancerType', limit: limit(args.limit), parent: args.parent?.toLowerCase() ?? null }) as Promise<NodeCount[]>,
    byRoute: (f, args) => f.groups.load({ group: 'byRoute', limit: limit(args.limit) }) as Promise<NodeCount[]>,
    byBiomarker: (f, args) => f.groups.load({ group: 'byBiomarker', limit: limit(args.limit) }) as Promise<NodeCount[]>,
    byKind: (f) => f.groups.load({ group: 'byKind' }) as Promise<KindCount[]>,
  },
};

function limit(value: number): number {
  return requireInRange('limit', value, 1, MAX_PAGE_SIZE);
}
