/** Small timed HTTP helpers for the scenarios (all traffic goes to 127.0.0.1). */
import net from 'node:net';
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

export interface RawResponse {
  status: number;
  headers: string;
  body: string;
}

/**
 * A POST whose headers and first half of the body are on the wire, so that the server holds
 * it in flight for as long as the test likes; `finish()` sends the rest and resolves with the
 * response once the server ends the connection. For the drain test: a request that is
 * certainly in flight when the signal comes.
 */
export async function requestInFlight(graphqlUrl: string, payload: unknown): Promise<{ finish(): Promise<RawResponse> }> {
  const { hostname, port, pathname } = new URL(graphqlUrl);
  const body = Buffer.from(JSON.stringify(payload));
  const half = Math.floor(body.length / 2);
  const socket = net.connect({ host: hostname, port: Number(port) });
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let received = '';
  socket.on('data', (d: Buffer) => (received += d.toString()));
  const ended = new Promise<void>((resolve, reject) => socket.once('end', resolve).once('error', reject));
  socket.write(
    `POST ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${body.length}\r\nConnection: keep-alive\r\n\r\n`,
  );
  socket.write(body.subarray(0, half));
  return {
    async finish() {
      socket.write(body.subarray(half));
      await ended;
      socket.destroy();
      const split = received.indexOf('\r\n\r\n');
      return {
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0),
        headers: received.slice(0, split),
        body: received.slice(split + 4),
      };
    },
  };
}

