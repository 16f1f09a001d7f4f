import { relationFields } from '../../queries/model/relation-fields.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { nodeFields } from './entity-fields.ts';
import { facts, related } from './relationship-fields.ts';

export const claimResolvers: Resolvers = {
  Claim: {
    ...nodeFields,
    about: related(relationFields.Claim.about),
    support: facts(relationFields.Claim.support),
  },
  /** A claim's SUPPORTED_BY relationship: the claim is its subject, the citation its object. */
  ClaimSupport: {
    citation: (f) => f.object,
    section: (f) => String(f.properties.section),
    excerpt: (f) => (typeof f.properties.excerpt === 'string' ? f.properties.excerpt : null),
  },
};
