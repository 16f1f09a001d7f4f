import { GraphQLError } from 'graphql';

/** The name of each request limit as errors report it, with the setting that changes it. */
export const LIMITS = {
  maxDepth: 'GRAPHQL_MAX_DEPTH',
  maxAliases: 'GRAPHQL_MAX_ALIASES',
  maxCost: 'GRAPHQL_MAX_COST',
  maxTokens: 'GRAPHQL_MAX_TOKENS',
  maxDirectives: 'GRAPHQL_MAX_DIRECTIVES',
} as const;
export type LimitName = keyof typeof LIMITS;

/** How every limit rejection names the limit: in the message, and in `extensions.limit` for programs. */
export function describeLimit(name: LimitName, max: number, found: number | undefined, message: string) {
  return {
    message: `${message} (limit ${name} = ${max}, set by ${LIMITS[name]})`,
    limit: { name, max, ...(found === undefined ? {} : { found }) },
  };
}

/** A request rejected by a limit, before any Cypher ran: GRAPHQL_VALIDATION_FAILED (HTTP 400). */
export function limitError(name: LimitName, max: number, found: number | undefined, message: string): GraphQLError {
  const described = describeLimit(name, max, found, message);
  return new GraphQLError(described.message, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: described.limit, http: { status: 400 } },
  });
}
