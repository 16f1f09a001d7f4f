import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { RequestContext } from '../context.ts';

/** HTTP statuses for answers that carry no data because the graph could not answer. */
const STATUS_BY_CODE: Record<string, number> = { SERVICE_UNAVAILABLE: 503, QUERY_TIMEOUT: 504, OVERLOADED: 429 };

/**
 * When every root field of an answer failed because Neo4j was unreachable or too slow, or
 * the service too busy to run it, the HTTP status says so (503, 504, 429; the first that applies), so load balancers and monitors see the
 * outage: with `data: null` (a non-null root failed) and with every (nullable) root field
 * null, each with such an error on its path. Partial answers keep 200 as GraphQL over HTTP
 * expects; parse and validation errors are 400 already. A 503 carries Retry-After.
 */
export const httpStatusPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const status = outageStatus(response.body.singleResult);
        if (!status) return;
        response.http.status = status;
        if (status === 503 || status === 429) response.http.headers.set('retry-after', '1');
      },
    };
  },
};

function outageStatus({ data, errors = [] }: { data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }): number | undefined {
  const outage = errors.filter((e) => STATUS_BY_CODE[String(e.extensions?.code)] !== undefined);
  if (outage.length === 0 || data === undefined) return undefined;
  if (data !== null) {
    const roots = Object.keys(data);
    const failed = (key: string) => data[key] === null && outage.some((e) => e.path?.[0] === key);
    if (roots.length === 0 || !roots.every(failed)) return undefined;
  }
  const codes = new Set(outage.map((e) => e.extensions?.code));
  return codes.has('SERVICE_UNAVAILABLE') ? 503 : codes.has('QUERY_TIMEOUT') ? 504 : 429;
}
