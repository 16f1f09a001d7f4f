import type { Resolvers } from '../generated/resolvers.ts';
import { badUserInput } from '../errors/user-errors.ts';
import { MAX_PAGE_SIZE } from '../pagination/page-args.ts';
import { lookup, lookupMany } from './root-fields.ts';

export const nodeResolvers: Resolvers = {
  Node: {
    __resolveType: (e) => e.__label,
  },
  Query: {
    node: lookup(),
    nodes: (_root, { ids }, ctx, info) => {
      if (ids.length > MAX_PAGE_SIZE) {
        throw badUserInput(`\`ids\` may hold at most ${MAX_PAGE_SIZE} ids, got ${ids.length}`, { argument: 'ids', max: MAX_PAGE_SIZE });
      }
      // An Error in the list is that item's error (graphql-js): null at ["nodes", i] with its NOT_FOUND.
      return lookupMany(ids, ctx, info) as never;
    },
  },
};
