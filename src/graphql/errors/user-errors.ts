import { GraphQLError } from 'graphql';

/*
 * The errors resolvers raise about the request. The other codes come from Apollo (parse,
 * validation), from src/graphql/limits, and from the GraphReader (SERVICE_UNAVAILABLE,
 * QUERY_TIMEOUT); src/graphql/README.md lists them all.
 */

/** An argument the request got wrong; the message says which and what is allowed. */
export function badUserInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}

/** A single lookup that found nothing: the field is null and this error says which id. */
export function notFound(kind: string, id: string): GraphQLError {
  return new GraphQLError(`no ${kind} with id "${id}"`, { extensions: { code: 'NOT_FOUND', id } });
}
