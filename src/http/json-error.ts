/** The body of every error the HTTP layer answers itself: the shape of a GraphQL error, so clients read one format. */
export function jsonError(message: string, code: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}
