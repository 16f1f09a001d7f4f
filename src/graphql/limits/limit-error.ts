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

/**
 * A request rejected by a limit, before any Cypher ran: GRAPHQL_VALIDATION_FAILED (HTTP 400),
 * the message naming the limit and its value, and `extensions.limit` for programs.
 */
export function limitError(name: LimitName, max: number, found: number | undefined, message: string): GraphQLError {
  return new GraphQLError(`${message} (limit ${name} = ${max}, set by ${LIMITS[name]})`, {
    extensions: {
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: { name, max, ...(found === undefined ? {} : { found }) },
      http: { status: 400 },
    },
  });
}
