import type { Resolvers } from '../generated/resolvers.ts';
import type { CitationRecord } from '../../model/records.ts';
import { compiledValue } from '../plan/compiled-value.ts';
import { citationsByIds } from './entity-fields.ts';

export const factResolvers: Resolvers = {
  Fact: {
    citations: (f, _args, ctx, info) => (compiledValue(f, info)?.value as CitationRecord[] | undefined) ?? citationsByIds(ctx, f.citationIds),
  },
};
