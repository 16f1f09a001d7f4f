import type { Resolvers } from '../generated/resolvers.ts';
import { compiledField } from './relationship-fields.ts';

export const factResolvers: Resolvers = {
  Fact: {
    citations: compiledField(),
  },
};
