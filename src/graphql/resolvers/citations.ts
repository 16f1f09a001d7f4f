import { relationFields } from '../../queries/model/relation-fields.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { listProperty, nodeFields } from './entity-fields.ts';
import { relatedConnection } from './relationship-fields.ts';
import { rootConnection } from './root-fields.ts';

export const citationResolvers: Resolvers = {
  Query: {
    citations: rootConnection('Citation'),
  },
  Citation: {
    ...nodeFields,
    authors: listProperty('authors'),
    editors: listProperty('editors'),
    claims: relatedConnection('Claim', relationFields.Citation.claims),
  },
};
