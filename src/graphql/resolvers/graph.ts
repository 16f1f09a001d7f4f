import { MAX_NEIGHBORHOOD_DEPTH, neighborhood } from '../../queries/graph/neighborhood.ts';
import { MAX_PATH_HOPS, paths } from '../../queries/graph/paths.ts';
import { PATH_THROUGH_LABELS, walkFilter } from '../../queries/graph/walk-filter.ts';
import { requireInRange } from '../arguments.ts';
import { badUserInput, notFound } from '../errors/user-errors.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { MAX_PAGE_SIZE } from '../pagination/page-args.ts';

export const graphResolvers: Resolvers = {
  Query: {
    neighborhood: async (_root, args, ctx) => {
      const found = await neighborhood(ctx.reader, {
        // Seed ids are lower-case slugs: `Imatinib` means imatinib.
        id: args.id.toLowerCase(),
        depth: requireInRange('depth', args.depth, 1, MAX_NEIGHBORHOOD_DEPTH),
        walk: walkFilter(args),
        limit: requireInRange('limit', args.limit, 1, MAX_PAGE_SIZE),
      });
      if (!found) throw notFound('node', args.id);
      return found;
    },
    paths: async (_root, args, ctx) => {
      const [from, to] = [args.from.toLowerCase(), args.to.toLowerCase()];
      if (from === to) throw badUserInput('`from` and `to` must be different nodes', { argument: 'to' });
      const result = await paths(ctx.reader, {
        from,
        to,
        maxHops: requireInRange('maxHops', args.maxHops, 1, MAX_PATH_HOPS),
        limit: requireInRange('limit', args.limit, 1, MAX_PAGE_SIZE),
        walk: walkFilter(args, PATH_THROUGH_LABELS),
      });
      if (!result.found) throw notFound('node', result.missing[0] === from ? args.from : args.to);
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
