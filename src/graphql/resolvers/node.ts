import type { Resolvers } from '../generated/resolvers.ts';
import { badUserInput } from '../errors/user-errors.ts';
import { MAX_PAGE_SIZE } from '../pagination/page-args.ts';
import { findEntity } from './root-fields.ts';

export const nodeResolvers: Resolvers = {
  Node: {
    __resolveType: (e) => e.__label,
  },
  Query: {
    node: (_root, { id }, ctx) => findEntity(ctx, id),
    /** One promise per id: a miss rejects only its own item, which is null with its own NOT_FOUND. */
    nodes: (_root, { ids }, ctx) => {
      if (ids.length > MAX_PAGE_SIZE) {
        throw badUserInput(`\`ids\` may hold at most ${MAX_PAGE_SIZE} ids, got ${ids.length}`, { argument: 'ids', max: MAX_PAGE_SIZE });
      }
      return ids.map((id) => findEntity(ctx, id));
    },
  },
};
