import { relationFields } from '../../queries/model/relation-fields.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { nodeFields } from './entity-fields.ts';
import { facts, related } from './relationship-fields.ts';

/** A claim's SUPPORTED_BY relationship: the claim is its subject, the citation its object. */
const supportProperty = (name: 'section' | 'excerpt') => (f: { properties: Readonly<Record<string, unknown>> }) =>
  (f.properties[name] as string | undefined) ?? null;

export const claimResolvers: Resolvers = {
  Claim: {
    ...nodeFields,
    about: related(relationFields.Claim.about),
    support: facts(relationFields.Claim.support),
  },
  ClaimSupport: {
    citation: (f) => f.object,
    section: (f) => supportProperty('section')(f) ?? '',
    excerpt: supportProperty('excerpt'),
  },
};
