import neo4j from 'neo4j-driver';
import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { until } from '../reliability/support/http.ts';
import { postGraphQL, useService } from '../support/service.ts';
import { rawGet } from './support/raw-get.ts';

const FLAGSHIP = '{ therapies(filter: { routes: ["oral"], cancerTypes: ["leukemia"] }, first: 50) { totalCount edges { node { id name } } } }';

function getUrl(url: string, params: Record<string, unknown>) {
  const search = new URLSearchParams(
    Object.entries(params).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  );
  return `${url}?${search}`;
}

/** A GET as a browser or CDN would send it (with the header Apollo's CSRF protection asks of GETs). */
function get(url: string, params: Record<string, unknown>) {
  return fetch(getUrl(url, params), { headers: { 'apollo-require-preflight': 'true', accept: 'application/json' } });
}

/** A conditional GET, as a browser revalidates (see rawGet for why not fetch). */
function revalidate(url: string, params: Record<string, unknown>, etag: string) {
  return rawGet(getUrl(url, params), { 'apollo-require-preflight': 'true', accept: 'application/json', 'if-none-match': etag });
}

/** Sets the SeedMeta hash as a seed load would, runs `fn`, and puts the real hash back. */
async function withSeedHash(hash: string, fn: () => Promise<void>) {
  const { uri, user, password, database } = inject('neo4j');
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  const set = (h: string) => driver.executeQuery("MATCH (m:SeedMeta {id: 'seed'}) SET m.hash = $h RETURN m.hash", { h }, { database });
  const { records } = await driver.executeQuery("MATCH (m:SeedMeta {id: 'seed'}) RETURN m.hash AS h", {}, { database });
  const real = records[0]!.get('h') as string;
  try {
    await set(hash);
    await fn();
  } finally {
    await set(real);
    await driver.close();
  }
}

describe('HTTP caching of reads', () => {
  // A generous query timeout: the first query of a cold Neo4j on a busy test machine can be slow.
  const service = useService({ SEED_WATCH_MS: '100', QUERY_TIMEOUT_MS: '30000' });

  it('marks a GET answer public with max-age 60 and a strong ETag; If-None-Match gets 304', async () => {
    const first = await get(service().url, { query: FLAGSHIP });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/); // strong: no W/
    expect(first.headers.get('vary')).toMatch(/accept/i);
    expect(((await first.json()) as any).data.therapies.totalCount).toBeGreaterThan(0);

    const revalidated = await revalidate(service().url, { query: FLAGSHIP }, etag!);
    expect(revalidated.status).toBe(304);
    expect(revalidated.body).toBe('');
    const other = await revalidate(service().url, { query: FLAGSHIP }, '"something-else"');
    expect(other.status).toBe(200);
  });

  it('keeps POST answers and answers with errors no-store, without an ETag', async () => {
    const post = await postGraphQL(service().url, { query: FLAGSHIP });
    expect(post.status).toBe(200);
    expect(post.headers.get('cache-control')).toBe('no-store');
    expect(post.headers.get('etag')).toBeNull();
    const miss = await get(service().url, { query: '{ therapy(id: "no-such-therapy") { id } }' });
    expect(miss.status).toBe(200);
    expect(miss.headers.get('cache-control')).toBe('no-store');
    expect(miss.headers.get('etag')).toBeNull();
  });

  it('makes persisted-query GETs cacheable too', async () => {
    const query = '{ therapies(first: 3) { edges { node { id } } } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const unknown = await get(service().url, { extensions });
    expect(((await unknown.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    await postGraphQL(service().url, { query, extensions });
    const res = await get(service().url, { extensions });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(res.headers.get('etag')).toMatch(/^"/);
  });

  it('answers a repeated operation from the response cache, keyed by its variables, and empties it when a seed loads', async () => {
    const query = 'query One($id: ID!) { therapy(id: $id) { id name } }';
    const first = await get(service().url, { query, variables: { id: 'imatinib' } });
    expect(first.headers.get('age')).toBeNull();
    const etag = first.headers.get('etag');
    const hit = await get(service().url, { query, variables: { id: 'imatinib' } });
    expect(hit.headers.get('age')).not.toBeNull(); // set by the response cache on a hit
    const [cached, fresh] = [(await hit.json()) as any, (await first.json()) as any];
    expect(cached.data).toEqual(fresh.data);
    // The cost report is made per request: a hit is charged the same operation's cost, and
    // what is left of the budget depends on how much of it has refilled since (so not compared).
    expect(cached.extensions.cost.requested).toBe(fresh.extensions.cost.requested);
    const perMinute = 250_000; // GRAPHQL_COST_PER_MINUTE's default, which this service runs with
    expect(cached.extensions.cost.budgetRemaining).toBeLessThanOrEqual(perMinute - fresh.extensions.cost.requested);
    const otherVariables = await get(service().url, { query, variables: { id: 'trastuzumab' } });
    expect(otherVariables.headers.get('age')).toBeNull();

    await withSeedHash('a-newer-seed', async () => {
      await until(async () => service().seedVersion.current === 'a-newer-seed', 5000, 50);
      const afterLoad = await get(service().url, { query, variables: { id: 'imatinib' } });
      expect(afterLoad.headers.get('age')).toBeNull();
      expect(afterLoad.headers.get('etag')).not.toBe(etag);
      const stale = await revalidate(service().url, { query, variables: { id: 'imatinib' } }, etag!);
      expect(stale.status).toBe(200);
    });
    await until(async () => service().seedVersion.current !== 'a-newer-seed', 5000, 50);
  });
});

describe('with RESPONSE_CACHE=off and CACHE_MAX_AGE=30', () => {
  const service = useService({ RESPONSE_CACHE: 'off', CACHE_MAX_AGE: '30', SEED_WATCH_MS: '100', QUERY_TIMEOUT_MS: '30000' });

  it('answers every request from Neo4j and says max-age 30', async () => {
    const query = '{ therapy(id: "imatinib") { id } }';
    await get(service().url, { query });
    const again = await get(service().url, { query });
    expect(again.headers.get('age')).toBeNull();
    expect(again.headers.get('cache-control')).toBe('public, max-age=30');
  });

  /** Statements the named operation ran, all requests together (GET /metrics). */
  async function statementsOf(operation: string): Promise<number> {
    const text = await (await fetch(service().url.replace(/\/graphql$/, '/metrics'))).text();
    const line = text.split('\n').find((l) => l.startsWith(`neo4j_statements_per_request_sum{operation="${operation}"}`));
    return Number(line?.split(' ')[1] ?? 0);
  }

  it('audits once per seed version: later audits, their aliases and concurrent ones read nothing, and cost less', async () => {
    const audit = (name: string, aliases = 1) => ({
      query: `query ${name} { ${Array.from({ length: aliases }, (_, a) => `a${a}: audit { seedHash nodeCount findings { name count } }`).join(' ')} }`,
    });
    // Cold: concurrent audits share one read of the graph, each charged with it.
    const cold = await Promise.all([postGraphQL(service().url, audit('AuditCold')), postGraphQL(service().url, audit('AuditCold'))]);
    const coldStatements = await statementsOf('AuditCold');
    expect(coldStatements).toBeGreaterThan(0);
    expect(cold[0].body.data.a0).toEqual(cold[1].body.data.a0);
    expect(cold[0].body.data.a0.nodeCount).toBeGreaterThan(0);
    // Warm: five aliases, no statement, the same report, charged only for what it answers.
    const warm = await postGraphQL(service().url, audit('AuditWarm', 5));
    expect(warm.body.errors).toBeUndefined();
    expect(await statementsOf('AuditWarm')).toBe(0);
    for (let a = 0; a < 5; a++) expect(warm.body.data[`a${a}`]).toEqual(cold[0].body.data.a0);
    expect(warm.body.extensions.cost.requested).toBeLessThan(cold[0].body.extensions.cost.requested);

    // A new seed: the report is made again, of that seed.
    await withSeedHash('a-newer-seed', async () => {
      await until(async () => service().seedVersion.current === 'a-newer-seed', 5000, 50);
      const afterLoad = await postGraphQL(service().url, audit('AuditAfterLoad'));
      expect(await statementsOf('AuditAfterLoad')).toBeGreaterThan(0);
      expect(afterLoad.body.data.a0.seedHash).toBe('a-newer-seed');
      expect(afterLoad.body.extensions.cost.requested).toBe(cold[0].body.extensions.cost.requested);
    });
    await until(async () => service().seedVersion.current !== 'a-newer-seed', 5000, 50);
  });
});
