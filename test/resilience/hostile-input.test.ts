/**
 * The hostile-input corpus (fixtures/hostile-requests.ts) against the whole service, as
 * deployed (NODE_ENV=production): every answer below 500 and without a stack trace, bad input
 * answered with a client error (never INTERNAL_SERVER_ERROR), and the graph unchanged.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { report } from '../reliability/support/report.ts';
import { useService } from '../support/service.ts';
import { HOSTILE_REQUESTS, type HostileRequest } from './fixtures/hostile-requests.ts';
import { graphFingerprint, type GraphFingerprint } from './support/graph-fingerprint.ts';

/** Codes that say "your request is wrong"; anything else for a bad request is a failure. */
const CLIENT_CODES = new Set([
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PAYLOAD_TOO_LARGE',
  'NOT_FOUND',
  'PERSISTED_QUERY_NOT_FOUND',
]);
const STACK = /stacktrace|\bat [^\s]+ \(?[^\s]*:\d+:\d+\)?|node_modules|\.ts:\d+/i;

interface Answer {
  status: number;
  text: string;
  codes: string[];
  ms: number;
}

async function send(url: string, c: HostileRequest): Promise<Answer> {
  const body = c.body === undefined ? undefined : typeof c.body === 'string' || Buffer.isBuffer(c.body) ? c.body : JSON.stringify(c.body);
  const t0 = performance.now();
  const target = c.path ? url.replace(/\/graphql$/, c.path) : url;
  const res = await fetch(`${target}${c.search ?? ''}`, {
    method: c.method ?? 'POST',
    headers: c.headers ?? (c.method === 'GET' ? {} : { 'content-type': 'application/json' }),
    body,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  const ms = performance.now() - t0;
  let codes: string[] = [];
  try {
    const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    codes = (parsed.errors ?? []).map((e) => e.extensions?.code ?? '(none)');
  } catch {
    // Not JSON (a bare 404 or 431 from Node): judged by its status alone.
  }
  return { status: res.status, text, codes, ms };
}

describe('hostile input', () => {
  const logged: string[] = [];
  // The whole corpus comes from one client: its budgets (requests and cost a minute) would
  // answer 429 to the later cases instead of judging them (test/resilience/cost-report.test.ts
  // and load-shedding.test.ts test those).
  const service = useService(
    { NODE_ENV: 'production', RATE_LIMIT_PER_MINUTE: '0', GRAPHQL_COST_PER_MINUTE: '0', LOG_LEVEL: 'warn' },
    { onLogLine: (line) => logged.push(line) },
  );
  const answers: Record<string, { status: number; codes: string[]; ms: number }> = {};
  let before: GraphFingerprint;

  beforeAll(async () => {
    before = await graphFingerprint(service().neo4j.driver, service().neo4j.database);
  });

  it.each(HOSTILE_REQUESTS.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const a = await send(service().url, c);
    answers[c.name] = { status: a.status, codes: a.codes, ms: Math.round(a.ms) };
    expect(a.status, a.text.slice(0, 300)).toBeLessThan(500);
    expect(a.text).not.toMatch(STACK);
    expect(a.codes).not.toContain('INTERNAL_SERVER_ERROR');
    if (c.status) expect(a.status).toBe(c.status);
    if (c.code) expect(a.codes).toContain(c.code);
    // What the service echoes of the request stays short, whatever the request holds.
    expect(a.text.length, a.text.slice(0, 300)).toBeLessThan(20_000);
    if (c.expect === 'bad') {
      const clientError = a.status >= 400 || (a.codes.length > 0 && a.codes.every((code) => CLIENT_CODES.has(code)));
      expect(clientError, `answered ${a.status} ${a.codes.join(',')}: ${a.text.slice(0, 300)}`).toBe(true);
    } else {
      for (const code of a.codes) expect(CLIENT_CODES, a.text.slice(0, 300)).toContain(code);
    }
  });

  it('logged nothing at error level: bad requests are the client\'s mistake, not bugs', () => {
    const errors = logged.map((l) => JSON.parse(l) as { level: number; msg?: string }).filter((l) => l.level >= 50);
    expect(errors.map((e) => e.msg)).toEqual([]);
  });

  it('left the graph exactly as it was, and Object.prototype unpolluted', async () => {
    expect(await graphFingerprint(service().neo4j.driver, service().neo4j.database)).toEqual(before);
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    const ms = Object.values(answers).map((a) => a.ms);
    report('hostile-input', {
      requests: ms.length,
      byStatus: Object.values(answers).reduce<Record<string, number>>((acc, a) => ((acc[a.status] = (acc[a.status] ?? 0) + 1), acc), {}),
      slowestMs: Math.max(...ms),
      graph: { nodes: before.nodes, relationships: before.relationships, hash: before.hash.slice(0, 16) },
      answers,
    });
  });

  it('still serves the flagship query afterwards', async () => {
    const res = await fetch(service().url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ therapies(filter: { routes: ["oral"], cancerTypes: ["leukemia"] }, first: 50) { totalCount } }' }),
    });
    const body = (await res.json()) as { data?: { therapies: { totalCount: number } } };
    expect(res.status).toBe(200);
    expect(body.data?.therapies.totalCount).toBeGreaterThan(0);
  });
});
