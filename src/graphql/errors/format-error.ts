import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { AppConfig } from '../../config.ts';
import type { Logger } from '../../logger.ts';
import { requestLogger } from '../../observability/request-log.ts';
import { describeLimit } from '../limits/limit-error.ts';

/**
 * The last step before an error leaves the server. Errors with a code (parse, validation,
 * limits, BAD_USER_INPUT, NOT_FOUND, and SERVICE_UNAVAILABLE / QUERY_TIMEOUT from the
 * GraphReader) pass as they are. Anything else is a bug: it is logged with its stack, and
 * outside development the client gets only "internal server error". Stack traces are never
 * sent outside development (Apollo's includeStacktraceInErrorResponses, set in server.ts).
 */
export function createFormatError(config: Pick<AppConfig, 'env' | 'graphql'>, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED') return withTokenLimit(formatted, config.graphql.maxTokens);
    if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
    if (isRequestError(error)) return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
    requestLogger(logger).error({ err: unwrapResolverError(error), path: formatted.path }, 'GraphQL resolver failed');
    if (config.env === 'development') return formatted;
    return {
      message: 'internal server error',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * Apollo reports a few faults of the request without a code, only with a 4xx status: a
 * persisted query whose sha256Hash does not match its text, or an unsupported persisted-query
 * version. They are the client's mistake, not a bug: BAD_REQUEST, not logged.
 */
function isRequestError(error: unknown): boolean {
  const status = (error as { extensions?: { http?: { status?: unknown } } } | undefined)?.extensions?.http?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * The token limit is graphql-js's parser option (the parser stops at the limit instead of
 * reading the whole document); its message is reworded to name the limit like the others.
 */
function withTokenLimit(formatted: GraphQLFormattedError, maxTokens: number): GraphQLFormattedError {
  if (!/^Syntax Error: Document contains more th(?:an|at) \d+ tokens/.test(formatted.message)) return formatted;
  const { message, limit } = describeLimit('maxTokens', maxTokens, undefined, `Syntax Error: the document has more than ${maxTokens} tokens`);
  return { ...formatted, message, extensions: { ...formatted.extensions, limit } };
}
