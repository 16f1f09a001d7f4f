import type { Resolvers } from '../generated/resolvers.ts';
import { readFactList } from '../../queries/compile/fact-list.ts';
import { toConnection } from '../pagination/connection.ts';
import { factListCursors, factListPlan } from '../plan/fact-list-plan.ts';
import { warnUnknownIds } from '../warnings/unknown-ids.ts';
import { compiledField } from './relationship-fields.ts';

/** schema/facts.graphql: the root `facts` list (one compiled statement a page) and a fact's citations. */
export const factResolvers: Resolvers = {
  Query: {
    facts: async (_root, args, ctx, info) => {
      const { page, unknownIds } = await readFactList(ctx.reader, factListPlan(info, args));
      await warnUnknownIds(ctx, info, unknownIds, () => 'Citation');
      return toConnection(page, factListCursors);
    },
  },
  Fact: {
    citations: compiledField(),
  },
};
