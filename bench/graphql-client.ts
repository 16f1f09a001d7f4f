/** One GraphQL request over HTTP; resolves to `data`, throws on HTTP or GraphQL errors. */
import type { GraphQLRequest } from './workloads/workload.ts';

export async function fetchGraphQL(url: string, request: GraphQLRequest): Promise<unknown> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const text = await res.text();
  const body = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
  if (res.status !== 200 || body.errors?.length) {
    throw new Error(`HTTP ${res.status} from ${url}: ${body.errors?.map((e) => e.message).join('; ') ?? text.slice(0, 300)}`);
  }
  return body.data;
}
