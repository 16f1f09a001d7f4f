import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphReader } from '../../src/neo4j/graph-reader.ts';
import { REFUSAL_LOG_WINDOW_MS } from '../../src/observability/refusal-log.ts';
import { startService, type RunningService } from '../../src/service.ts';
import { closeClientAgents, postFrom } from '../support/client-address.ts';
import { testConfig } from '../support/neo4j.ts';
import { postGraphQL } from '../support/service.ts';

const FLAGSHIP = 'query OralLeukemia { therapies(filter: { routes: ["oral"], cancerTypes: ["leukemia"] }, first: 50) { totalCount edges { node { id routes { id } } } } }';

describe('metrics and request ids', () => {
  let service: RunningService;
  const lines: Array<Record<string, unknown>> = [];
  beforeAll(async () => {
    const config = testConfig({ PORT: '0', RESPONSE_CACHE: 'off' });
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    service = await startService(config, pino({ level: 'info' }, sink));
  });
  afterAll(async () => service?.close());
  const base = () => service.url.replace(/\/graphql$/, '');

  it('serves Prometheus metrics: requests, durations, statements per operation, errors by code, pool, seed, process', async () => {
    await postGraphQL(service.url, { query: FLAGSHIP });
    await postGraphQL(service.url, { query: FLAGSHIP });
    await postGraphQL(service.url, { query: 'query Missing { therapy(id: "no-such-therapy") { id } }' });
    await postGraphQL(service.url, { query: '{ therapies(first: 5) { edges { node { nam } } } }' });

    const res = await fetch(`${base()}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    const value = (series: string) => {
      const line = text.split('\n').find((l) => l.startsWith(`${series} `));
      return line === undefined ? undefined : Number(line.slice(series.length + 1));
    };
    expect(value('graphql_requests_total{operation="OralLeukemia",outcome="ok"}')).toBe(2);
    expect(value('graphql_requests_total{operation="Missing",outcome="partial"}')).toBe(1);
    expect(value('graphql_requests_total{operation="(anonymous)",outcome="rejected"}')).toBe(1);
    expect(value('graphql_request_duration_seconds_count{operation="OralLeukemia",outcome="ok"}')).toBe(2);
    // The flagship is one compiled statement (src/graphql/README.md): 2 over two requests.
    expect(value('neo4j_statements_per_request_sum{operation="OralLeukemia"}')).toBe(2);
    expect(value('neo4j_statement_duration_seconds_count{operation="OralLeukemia",outcome="ok"}')).toBe(2);
    expect(value('graphql_errors_total{code="NOT_FOUND"}')).toBe(1);
    expect(value('graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(value('neo4j_pool_connections_in_use')).toBe(0);
    expect(value('neo4j_pool_connections_max')).toBe(50);
    expect(value('neo4j_circuit_open')).toBe(0);
    expect(value(`therapy_graph_seed_info{version="${service.seedVersion.current}"}`)).toBe(1);
    expect(value('process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it("reports the pool's use from the pool ledger: a statement the driver holds counts until the driver lets go", async () => {
    const inUse = async () => Number(/^neo4j_pool_connections_in_use (\S+)$/m.exec(await (await fetch(`${base()}/metrics`)).text())?.[1]);
    // A statement of a reader on the service's own driver, slow enough to scrape while it runs.
    const reader = new GraphReader(service.neo4j.driver, service.neo4j.database, 30_000);
    const slow = reader.read('UNWIND range(1, 30000000) AS x RETURN count(x) AS n');
    let settled = false;
    void slow.finally(() => (settled = true)).catch(() => {});
    let during = 0;
    while (during === 0 && !settled) during = await inUse();
    expect(during).toBe(1);
    expect((await slow)[0]).toEqual({ n: 30_000_000 });
    expect(await inUse()).toBe(0);
  });

  it('gives every request an id, honours a sane one from the client, and logs with it', async () => {
    const fresh = await postGraphQL(service.url, { query: FLAGSHIP });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const given = await postGraphQL(service.url, { query: FLAGSHIP }, { 'x-request-id': 'client-chosen.42' });
    expect(given.headers.get('x-request-id')).toBe('client-chosen.42');
    const logged = lines.find((l) => l.requestId === 'client-chosen.42');
    expect(logged).toMatchObject({ req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 } });

    for (const insane of ['has spaces in it', 'x'.repeat(200), '<script>']) {
      const replaced = await postGraphQL(service.url, { query: FLAGSHIP }, { 'x-request-id': insane });
      expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe('the log of refused requests', () => {
  let service: RunningService;
  const lines: Array<Record<string, unknown>> = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    service = await startService(testConfig({ PORT: '0', RATE_LIMIT_PER_MINUTE: '3' }), pino({ level: 'info' }, sink));
  });
  afterAll(async () => {
    closeClientAgents();
    await service?.close();
  });

  it("logs a client's first refusal in full and counts the rest, one line per client each window", async () => {
    const sent = { '127.0.5.1': 10, '127.0.5.2': 5 };
    for (const [client, n] of Object.entries(sent)) {
      for (let i = 0; i < n; i++) {
        const res = await postFrom(client, service.url, { query: '{ __typename }' }, 10_000, { 'x-request-id': `${client}-${i}` });
        expect(res.status).toBe(i < 3 ? 200 : 429);
      }
    }
    // Each client's first refusal (its 4th request) has a line of its own, with its request id.
    const first = lines.filter((l) => String(l.msg).startsWith('request refused'));
    expect(first.map((l) => [l.client, l.requestId, (l.res as { statusCode: number }).statusCode])).toEqual([
      ['127.0.5.1', '127.0.5.1-3', 429],
      ['127.0.5.2', '127.0.5.2-3', 429],
    ]);
    expect(lines.filter((l) => (l.res as { statusCode?: number } | undefined)?.statusCode === 429 && l !== first[0] && l !== first[1])).toEqual([]);
    expect(lines.filter((l) => l.msg === 'request completed')).toHaveLength(6);
    // The others are counted, and reported when the window ends.
    const deadline = performance.now() + REFUSAL_LOG_WINDOW_MS + 5_000;
    const counted = () => lines.filter((l) => l.msg === 'requests refused');
    while (counted().length < 2 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(counted().map((l) => [l.client, l.refused, l.windowMs])).toEqual([
      ['127.0.5.1', 6, REFUSAL_LOG_WINDOW_MS],
      ['127.0.5.2', 1, REFUSAL_LOG_WINDOW_MS],
    ]);
  });
});
