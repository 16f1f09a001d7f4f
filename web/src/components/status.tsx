/** What a view shows while it waits or when it cannot show its subject. Never blank. */
import type { ComponentChildren } from 'preact';
import type { ApiError } from '../api/client.ts';
import type { QueryState } from '../api/use-query.ts';

export function Loading({ what }: { what: string }) {
  return (
    <p class="status" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function ErrorMessage({ error, subject }: { error: ApiError; subject?: string }) {
  if (error.notFound) {
    return (
      <div class="message not-found" role="alert">
        <h2>Not found</h2>
        <p>{subject ? <>There is no <code>{subject}</code> in the graph. </> : null}{error.message}</p>
        <p>
          Try the <a href="/explore/search">search</a>.
        </p>
      </div>
    );
  }
  return (
    <div class="message error" role="alert">
      <h2>Could not load this</h2>
      <p>{error.message}</p>
      <p class="hint">({error.code})</p>
    </div>
  );
}

/** Renders a query's state: loading, error (or not found), or its data through `children`. */
export function Answer<T>({ state, what, subject, children }: {
  state: QueryState<T>;
  what: string;
  subject?: string;
  children: (data: T) => ComponentChildren;
}) {
  if (state.status === 'loading') return <Loading what={what} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} subject={subject} />;
  return <>{children(state.data)}</>;
}
