import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context.ts';

/**
 * Something in a request that did not fail it but that the client should hear about: an id
 * in a filter that names nothing (UNKNOWN_ID), so an empty list is not silent.
 */
export interface Warning {
  readonly code: 'UNKNOWN_ID';
  /** Where the value sits: the field's response path, then the argument (`therapies.filter.targets`). */
  readonly path: string;
  readonly value: string;
  readonly message: string;
  /** Close ids (full-text search over names, aliases and titles), best first; may be empty. */
  readonly suggestions: readonly string[];
}

/**
 * Adds the warnings resolvers recorded on the request's context to the response as
 * `extensions.warnings` (absent when there are none), beside what other plugins put there
 * (`extensions.cost`, ...).
 */
export const warningsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || contextValue.warnings.length === 0) return;
        const result = response.body.singleResult;
        result.extensions = { ...result.extensions, warnings: [...contextValue.warnings] };
      },
    };
  },
};
