import { GraphQLError } from 'graphql';
import { SEARCH_LIMITS, type SearchLimitName } from '../../queries/search/lucene-query.ts';

/**
 * The name of each request limit as errors report it, with the setting that changes it
 * (null: a limit of the API's contract, documented in the schema, not a setting).
 */
export const LIMITS = {
  maxDepth: 'GRAPHQL_MAX_DEPTH',
  maxAliases: 'GRAPHQL_MAX_ALIASES',
  maxCost: 'GRAPHQL_MAX_COST',
  maxTokens: 'GRAPHQL_MAX_TOKENS',
  maxDirectives: 'GRAPHQL_MAX_DIRECTIVES',
  maxListLength: 'GRAPHQL_MAX_LIST_LENGTH',
  maxIdLength: 'GRAPHQL_MAX_ID_LENGTH',
  maxStringLength: 'GRAPHQL_MAX_STRING_LENGTH',
  costPerMinute: 'GRAPHQL_COST_PER_MINUTE',
  maxInFlight: 'MAX_IN_FLIGHT',
  maxInFlightPerClient: 'MAX_IN_FLIGHT_PER_CLIENT',
  maxHeavyInFlight: 'GRAPHQL_MAX_HEAVY_IN_FLIGHT',
  ...(Object.fromEntries(Object.keys(SEARCH_LIMITS).map((k) => [k, null])) as Record<SearchLimitName, null>),
} as const;
export type LimitName = keyof typeof LIMITS;

/** How every limit rejection names the limit: in the message, and in `extensions.limit` for programs. */
export function describeLimit(name: LimitName, max: number, found: number | undefined, message: string) {
  const setting = LIMITS[name];
  return {
    message: `${message} (limit ${name} = ${max}${setting ? `, set by ${setting}` : ''})`,
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

/**
 * A request refused because the client, or the whole service, has as much as it may take now:
 * 429 with Retry-After. RATE_LIMITED when the client's own share is used up, OVERLOADED when
 * the service's is (the client may do nothing wrong and still get it: retry later).
 */
export function rateLimitError(name: LimitName, max: number, found: number | undefined, message: string, retryAfterS: number, code: 'RATE_LIMITED' | 'OVERLOADED' = 'RATE_LIMITED'): GraphQLError {
  const described = describeLimit(name, max, found, message);
  return new GraphQLError(described.message, {
    extensions: { code, limit: described.limit, retryAfter: retryAfterS, http: { status: 429, headers: new Map([['retry-after', String(retryAfterS)]]) } },
  });
}

/** An argument value over a size limit, before any Cypher ran: BAD_USER_INPUT (HTTP 400), naming the argument. */
export function argumentLimitError(name: LimitName, max: number, found: number, message: string, argument: string): GraphQLError {
  const described = describeLimit(name, max, found, message);
  return new GraphQLError(described.message, {
    extensions: { code: 'BAD_USER_INPUT', argument, limit: described.limit, http: { status: 400 } },
  });
}
