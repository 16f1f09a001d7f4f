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

/** How much of a value from the request an error repeats: enough to recognise it, never a whole oversized input. */
export const ECHO_LENGTH = 80;

/** A value from the request, cut to ECHO_LENGTH characters (with an ellipsis) for an error message. */
export function echo(value: string): string {
  return value.length > ECHO_LENGTH ? `${value.slice(0, ECHO_LENGTH)}…` : value;
}

/** A single lookup that found nothing: the field is null and this error says which id (cut to ECHO_LENGTH). */
export function notFound(kind: string, id: string): GraphQLError {
  return new GraphQLError(`no ${kind} with id "${echo(id)}"`, { extensions: { code: 'NOT_FOUND', id: echo(id) } });
}
