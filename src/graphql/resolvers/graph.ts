import { MAX_NEIGHBORHOOD_DEPTH, neighborhood, neighborhoodQuery, type NeighborhoodRequest } from '../../queries/graph/neighborhood.ts';
import { MAX_PATH_HOPS, paths, pathsQuery, type PathsRequest } from '../../queries/graph/paths.ts';
import { PATH_THROUGH_LABELS, walkFilter } from '../../queries/graph/walk-filter.ts';
import { requireInRange } from '../arguments.ts';
import { badUserInput, notFound } from '../errors/user-errors.ts';
import type { QueryNeighborhoodArgs, QueryPathsArgs, Resolvers } from '../generated/resolvers.ts';
import { MAX_PAGE_SIZE } from '../pagination/page-args.ts';
import { prepared } from '../plan/prepared.ts';
import { neighborhoodPlan, pathsPlan } from '../plan/root-plan.ts';

export const graphResolvers: Resolvers = {
  Query: {
    neighborhood: async (_root, args, ctx, info) => {
      const { request, plan, statement } = prepared(info, () => {
        const request = neighborhoodRequest(args);
        const plan = neighborhoodPlan(info);
        return { request, plan, statement: neighborhoodQuery(request, plan) };
      });
      const found = await neighborhood(ctx.reader, request, plan, statement);
      if (!found) throw notFound('node', args.id);
      return found;
    },
    paths: async (_root, args, ctx, info) => {
      const { request, plan, statement } = prepared(info, () => {
        const request = pathsRequest(args);
        const plan = pathsPlan(info);
        return { request, plan, statement: pathsQuery(request, plan) };
      });
      const result = await paths(ctx.reader, request, plan, statement);
      if (!result.found) throw notFound('node', result.missing[0] === request.from ? args.from : args.to);
      return result.paths;
    },
  },
  Path: {
    length: (p) => p.steps.length,
  },
  PathStep: {
    direction: (s) => (s.forward ? 'FORWARD' : 'BACKWARD'),
  },
};

/** `neighborhood`'s arguments, checked. */
export function neighborhoodRequest(args: QueryNeighborhoodArgs): NeighborhoodRequest {
  return {
    // Seed ids are lower-case slugs: `Imatinib` means imatinib.
    id: args.id.toLowerCase(),
    depth: requireInRange('depth', args.depth, 1, MAX_NEIGHBORHOOD_DEPTH),
    walk: walkFilter(args),
    limit: requireInRange('limit', args.limit, 1, MAX_PAGE_SIZE),
  };
}

/** `paths`' arguments, checked. */
export function pathsRequest(args: QueryPathsArgs): PathsRequest {
  const [from, to] = [args.from.toLowerCase(), args.to.toLowerCase()];
  if (from === to) throw badUserInput('`from` and `to` must be different nodes', { argument: 'to' });
  return {
    from,
    to,
    maxHops: requireInRange('maxHops', args.maxHops, 1, MAX_PATH_HOPS),
    limit: requireInRange('limit', args.limit, 1, MAX_PAGE_SIZE),
    walk: walkFilter(args, PATH_THROUGH_LABELS),
  };
}
