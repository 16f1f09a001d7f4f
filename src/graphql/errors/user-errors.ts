import { GraphQLError } from 'graphql';

/**
 * The error codes this API sets itself, besides Apollo's (GRAPHQL_PARSE_FAILED,
 * GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT, INTERNAL_SERVER_ERROR). See src/graphql/README.md.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
} as const;

/** An argument the request got wrong; the message says which and what is allowed. */
export function badUserInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...extensions } });
}

/** A single lookup that found nothing: the field is null and this error says which id. */
export function notFound(kind: string, id: string): GraphQLError {
  return new GraphQLError(`no ${kind} with id "${id}"`, { extensions: { code: ErrorCode.NOT_FOUND, id } });
}
