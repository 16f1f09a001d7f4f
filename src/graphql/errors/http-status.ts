import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context.ts';

/** HTTP statuses for answers that carry no data because the graph could not answer. */
const STATUS_BY_CODE: Record<string, number> = { SERVICE_UNAVAILABLE: 503, QUERY_TIMEOUT: 504 };

/**
 * When execution produced no data at all because Neo4j was unreachable or too slow, the
 * HTTP status says so (503, 504), so load balancers and monitors see the outage; partial
 * answers keep 200 as GraphQL over HTTP expects. Parse and validation errors are 400 already.
 */
export const httpStatusPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || response.body.singleResult.data != null) return;
        const status = (response.body.singleResult.errors ?? [])
          .map((e) => STATUS_BY_CODE[String(e.extensions?.code)])
          .find((s) => s !== undefined);
        if (status) response.http.status = status;
      },
    };
  },
};
