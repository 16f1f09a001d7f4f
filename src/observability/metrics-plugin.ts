import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../graphql/context.ts';
import type { Metrics, Outcome } from './metrics.ts';

/**
 * Feeds the metrics from Apollo's request life cycle: the operation name once the
 * operation is resolved, then at the answer its duration, outcome, statements and error codes.
 */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue, request }) {
      const t0 = performance.now();
      // By the reader: Apollo hands plugins a shallow copy of the context, not the object made.
      const m = metrics.of(contextValue.reader);
      m.setOperation(request.operationName);
      return {
        async didResolveOperation({ operationName }) {
          m.setOperation(operationName);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const codes = (result.errors ?? []).map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
          m.finish((performance.now() - t0) / 1000, outcomeOf(result), codes);
        },
      };
    },
  };
}

function outcomeOf(result: { data?: unknown; errors?: readonly unknown[] }): Outcome {
  // No `data` key at all: the request never reached execution (parse, validation, limits).
  if (!('data' in result) || result.data === undefined) return result.errors?.length ? 'rejected' : 'ok';
  if (!result.errors?.length) return 'ok';
  return result.data === null ? 'error' : 'partial';
}
