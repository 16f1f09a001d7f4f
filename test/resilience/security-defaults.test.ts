/**
 * Security defaults of the HTTP layer, on the whole service: loopback unless configured, a
 * CORS allow-list, a request-body limit and a per-client rate limit (429 with Retry-After),
 * none of which an X-Forwarded-For header gets round.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { useService } from '../support/service.ts';

const META = JSON.stringify({ query: '{ meta { seedVersion } }' });

/** POST from a chosen loopback source address (127.0.0.x), which the server sees as req.ip. */
function postFrom(url: string, localAddress: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', localAddress, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(META);
  });
}

/** Local addresses of the sockets listening on `port` (from /proc/net/tcp and tcp6). */
function listenersOn(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const found: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(file, 'utf8').trim().split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [addr, p] = (local ?? '').split(':');
      if (p === hexPort && state === '0A') found.push(addr!);
    }
  }
  return found;
}
/** In /proc's byte order (32-bit words, little-endian): 127.x.x.x, ::1 and ::ffff:127.x.x.x. */
const LOOPBACK = /^......7F$|^0{24}01000000$|^0{16}0000FFFF......7F$/i;

describe('security defaults', () => {
  describe('defaults', () => {
    const service = useService();

    it('listen on loopback only: HTTP, and the local Neo4j Bolt address', () => {
      const defaults = loadConfig({});
      expect(defaults.http.host).toBe('127.0.0.1');
      expect(defaults.neo4j.local.host).toBe('127.0.0.1');
      const { hostname, port } = new URL(service().url);
      expect(hostname).toBe('127.0.0.1');
      const addresses = listenersOn(Number(port));
      expect(addresses.length).toBeGreaterThan(0);
      for (const a of addresses) expect(a).toMatch(LOOPBACK);
    });

    it('send no CORS header to any origin unless CORS_ORIGINS allows it, and no X-Powered-By', async () => {
      const res = await fetch(service().url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
        body: META,
      });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('x-powered-by')).toBeNull();
    });
  });

  describe('CORS allow-list', () => {
    const service = useService({ CORS_ORIGINS: 'https://app.example, https://other.example' });

    it('allows a listed origin (preflight and request) and no other', async () => {
      const preflight = (origin: string) =>
        fetch(service().url, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
        });
      const ok = await preflight('https://app.example');
      expect(ok.status).toBeLessThan(300);
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.example');
      const evil = await preflight('https://evil.example');
      expect(evil.headers.get('access-control-allow-origin')).toBeNull();
      const other = await fetch(service().url, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://other.example' }, body: META });
      expect(other.headers.get('access-control-allow-origin')).toBe('https://other.example');
    });
  });

  describe('body limit', () => {
    const service = useService({ BODY_LIMIT: '1kb' });

    it('answers a body over BODY_LIMIT with 413 PAYLOAD_TOO_LARGE, and one under it normally', async () => {
      const big = JSON.stringify({ query: `{ meta { seedVersion } } # ${'x'.repeat(2048)}` });
      const over = await fetch(service().url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
      expect(over.status).toBe(413);
      expect(((await over.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
      const under = await fetch(service().url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: META });
      expect(under.status).toBe(200);
    });
  });

  describe('slow and oversized senders', () => {
    const service = useService({ BODY_LIMIT: '1kb', HTTP_HEADERS_TIMEOUT_MS: '1000', HTTP_REQUEST_TIMEOUT_MS: '2000' });

    /** Writes `head` (and keeps the socket open); resolves with what the server sent back and how long until it closed the connection. */
    function rawExchange(head: string): Promise<{ reply: string; closedAfterMs: number }> {
      const { port } = new URL(service().url);
      return new Promise((resolve, reject) => {
        const t0 = performance.now();
        let reply = '';
        const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(head));
        socket.on('data', (d) => (reply += d.toString()));
        socket.on('error', reject);
        socket.on('close', () => resolve({ reply, closedAfterMs: performance.now() - t0 }));
        socket.setTimeout(15_000, () => socket.destroy(new Error('the server kept the connection open for 15 s')));
      });
    }

    it('answers 413 as soon as Content-Length declares more than BODY_LIMIT, without reading the body, and closes', async () => {
      const { reply, closedAfterMs } = await rawExchange(
        `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 13000000\r\n\r\n{"query":`,
      );
      expect(reply).toMatch(/^HTTP\/1\.1 413 /);
      expect(reply).toMatch(/connection: close/i);
      expect(reply).toContain('PAYLOAD_TOO_LARGE');
      expect(reply).toContain('BODY_LIMIT');
      expect(closedAfterMs).toBeLessThan(1000);
    });

    it('closes a connection whose headers take longer than HTTP_HEADERS_TIMEOUT_MS', async () => {
      const { reply, closedAfterMs } = await rawExchange('POST /graphql HTTP/1.1\r\nHost: x\r\n');
      expect(reply === '' || /^HTTP\/1\.1 408 /.test(reply)).toBe(true);
      expect(closedAfterMs).toBeGreaterThanOrEqual(900);
      expect(closedAfterMs).toBeLessThan(4000);
    });

    it('closes a request whose body takes longer than HTTP_REQUEST_TIMEOUT_MS', async () => {
      const { reply, closedAfterMs } = await rawExchange(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":`);
      expect(reply === '' || /^HTTP\/1\.1 408 /.test(reply)).toBe(true);
      expect(closedAfterMs).toBeGreaterThanOrEqual(1900);
      expect(closedAfterMs).toBeLessThan(5000);
    });

    it('answers an unknown path with a JSON 404, not an HTML page', async () => {
      const res = await fetch(service().url.replace(/\/graphql$/, '/admin'));
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('rate limit', () => {
    const service = useService({ RATE_LIMIT_PER_MINUTE: '5' });

    it('answers the request past the limit with 429 RATE_LIMITED and Retry-After, per client, whatever X-Forwarded-For says', async () => {
      const url = service().url;
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await postFrom(url, '127.0.0.1')).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200]);

      const limited = await postFrom(url, '127.0.0.1');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(JSON.parse(limited.body).errors[0].extensions.code).toBe('RATE_LIMITED');

      // A forged client address in a header does not open a new allowance.
      expect((await postFrom(url, '127.0.0.1', { 'x-forwarded-for': '203.0.113.9' })).status).toBe(429);
      // Another client (another source address) has its own.
      expect((await postFrom(url, '127.0.0.2')).status).toBe(200);
      // The probes are not rate limited.
      const base = url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    });
  });
});
