import type { Resolvers } from '../generated/resolvers.ts';
import { requireInRange } from '../arguments.ts';
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
      requireInRange('ids (count)', ids.length, 0, MAX_PAGE_SIZE);
      return ids.map((id) => findEntity(ctx, id));
    },
  },
};
