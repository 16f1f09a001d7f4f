import type { Resolvers } from '../generated/resolvers.ts';
import { entitiesByIds } from './entity-fields.ts';

export const factResolvers: Resolvers = {
  Fact: {
    citations: (f, _args, ctx) => entitiesByIds(ctx, f.citationIds),
  },
};
