import { ofKind } from '../../model/records.ts';
import type { Resolvers } from '../generated/resolvers.ts';

export const claimResolvers: Resolvers = {
  /** A claim's SUPPORTED_BY relationship: the claim is its subject, the citation its object. */
  ClaimSupport: {
    citation: (f) => ofKind(f.object!, 'Citation'),
    section: (f) => String(f.properties!.section),
    excerpt: (f) => (typeof f.properties!.excerpt === 'string' ? f.properties!.excerpt : null),
  },
};
