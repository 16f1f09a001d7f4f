import { enumValues } from '../enum-values.ts';
import type { Resolvers } from '../generated/resolvers.ts';

/** Stored values behind the GraphQL enums (see enum-values.ts). */
export const enumResolvers: Resolvers = { ...enumValues };
