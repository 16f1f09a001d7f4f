/**
 * useQuery: runs a typed operation when its variables change and keeps the latest answer.
 * Earlier requests are aborted, so a slow answer never overwrites a newer one.
 */
import { useEffect, useState } from 'preact/hooks';
import type { TypedDocumentString } from '../generated/graphql.ts';
import { ApiError, request } from './client.ts';

export type QueryState<Result> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'done'; data: Result };

export function useQuery<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  /** false: do not run (the state stays loading). */
  enabled = true,
): QueryState<Result> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<QueryState<Result>>({ status: 'loading' });
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    setState({ status: 'loading' });
    request(document, variables, controller.signal).then(
      (data) => setState({ status: 'done', data }),
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: err instanceof ApiError ? err : new ApiError('Something went wrong while reading the answer.', 'CLIENT') });
      },
    );
    return () => controller.abort();
  }, [document, key, enabled]);
  return state;
}
