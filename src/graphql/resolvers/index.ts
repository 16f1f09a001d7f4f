import type { Resolvers } from '../generated/resolvers.ts';
import { citedByResolvers } from './cited-by.ts';
import { claimResolvers } from './claims.ts';
import { enumResolvers } from './enums.ts';
import { facetResolvers } from './facets.ts';
import { factResolvers } from './facts.ts';
import { graphResolvers } from './graph.ts';
import { kindResolvers } from './kind-resolvers.ts';
import { metaResolvers } from './meta.ts';
import { nodeResolvers } from './node.ts';
import { provenanceResolvers } from './provenance.ts';
import { searchResolvers } from './search.ts';

/**
 * The kinds' resolvers come from the model (kind-resolvers.ts); the other areas of the
 * schema have a module each (schema/<area>.graphql ↔ resolvers/<area>.ts). To add an area,
 * add its SDL file and its module here; a field defined by two modules is an error.
 */
const modules: readonly Resolvers[] = [
  nodeResolvers,
  enumResolvers,
  factResolvers,
  ...kindResolvers,
  claimResolvers,
  searchResolvers,
  graphResolvers,
  facetResolvers,
  metaResolvers,
  provenanceResolvers,
  citedByResolvers,
];

export function mergeResolvers(parts: readonly Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      const target = (merged[type] ??= {});
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (field in target) throw new Error(`resolver ${type}.${field} is defined twice`);
        target[field] = resolver;
      }
    }
  }
  return merged as Resolvers;
}

export const resolvers: Resolvers = mergeResolvers(modules);
