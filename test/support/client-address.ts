import http from 'node:http';

/**
 * Requests from a chosen loopback address (127.0.0.2, 127.0.0.3, ...): the service tells
 * clients apart by their address (src/http/load-shedding/client-identity.ts), so a test can be
 * several clients at once. One keep-alive agent per address.
 */
const agents = new Map<string, http.Agent>();

function agentFor(localAddress: string): http.Agent {
  let agent = agents.get(localAddress);
  if (!agent) {
    agent = new http.Agent({ keepAlive: true, localAddress, maxSockets: 256 });
    agents.set(localAddress, agent);
  }
  return agent;
}

export interface FromResponse {
  status: number;
  body: any;
  headers: http.IncomingHttpHeaders;
}

/** POSTs a GraphQL request from `localAddress`; the body is parsed when it is JSON. */
export function postFrom(localAddress: string, url: string, body: unknown, timeoutMs = 30_000, headers: Record<string, string> = {}): Promise<FromResponse> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent: agentFor(localAddress),
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // Not JSON: kept as text for the assertion to show.
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, headers: res.headers });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** Closes the kept-alive connections (after a test file). */
export function closeClientAgents(): void {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
}
