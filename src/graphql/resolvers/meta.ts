import { seedMeta } from '../../queries/meta/seed-meta.ts';
import type { Resolvers } from '../generated/resolvers.ts';

export const metaResolvers: Resolvers = {
  Query: {
    meta: (_root, _args, ctx) => seedMeta(ctx.reader),
  },
};
