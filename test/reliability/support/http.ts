/** Small timed HTTP helpers for the scenarios (all traffic goes to 127.0.0.1). */
import { postGraphQL } from '../../support/service.ts';

export interface Timed<T> {
  value: T;
  ms: number;
}

export async function timed<T>(fn: () => Promise<T>): Promise<Timed<T>> {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}

export function baseUrl(graphqlUrl: string): string {
  return graphqlUrl.replace(/\/graphql$/, '');
}

/** GET /readyz with its status, body and how long it took. */
export async function readyz(graphqlUrl: string): Promise<{ status: number; body: any; ms: number }> {
  const { value: res, ms } = await timed(() => fetch(`${baseUrl(graphqlUrl)}/readyz`, { signal: AbortSignal.timeout(30_000) }));
  return { status: res.status, body: await res.json(), ms };
}

/** POST a GraphQL request, timed; the first error's code, if any, is lifted out. */
export async function timedGraphQL(url: string, body: unknown) {
  const { value, ms } = await timed(() => postGraphQL(url, body));
  const code: string | undefined = value.body?.errors?.[0]?.extensions?.code;
  return { ...value, ms, code };
}

/** Polls `check` every `everyMs` until it returns true or `timeoutMs` passes; resolves to the time taken. */
export async function until(check: () => Promise<boolean>, timeoutMs: number, everyMs = 250): Promise<number> {
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    if (await check().catch(() => false)) return performance.now() - t0;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

export const FLAGSHIP = /* GraphQL */ `
  query OralLeukemia {
    therapies(filter: { routes: ["oral"], cancerTypes: ["leukemia"] }, first: 50) {
      totalCount
      edges { cursor node { id name routes { id name } cancerTypes { id name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
