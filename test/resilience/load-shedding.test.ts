import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { closeClientAgents, postFrom, type FromResponse } from '../support/client-address.ts';
import { loadConfig } from '../../src/config.ts';
import { useService } from '../support/service.ts';

const CHEAP = { query: '{ therapy(id: "imatinib") { id } }' };

/**
 * A request that stays in flight until its socket closes: headers and part of a declared
 * body, the rest never sent. The service counts a request from its arrival, so this holds a
 * slot deterministically, with no timing involved.
 */
async function stalled(url: string, localAddress: string): Promise<net.Socket> {
  const { hostname, port } = new URL(url);
  const socket = net.connect({ host: hostname, port: Number(port), localAddress });
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  socket.write(`POST /graphql HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":`);
  // Until the service has read the headers, the request is not in flight yet.
  await new Promise((r) => setTimeout(r, 200));
  return socket;
}

function expectRefused(res: FromResponse, code: string, limit: string, setting: string) {
  expect(res.status).toBe(429);
  expect(res.headers['retry-after']).toBe('1');
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(res.body.errors[0].extensions).toMatchObject({ code, limit: { name: limit }, retryAfter: 1 });
  expect(res.body.errors[0].message).toContain(setting);
}

describe('load shedding: requests in flight, overall and per client', () => {
  const service = useService({ MAX_IN_FLIGHT: '4', MAX_IN_FLIGHT_PER_CLIENT: '2', RATE_LIMIT_PER_MINUTE: '0' });
  const url = () => `${service().url}/graphql`;
  const sockets: net.Socket[] = [];
  afterAll(() => {
    for (const s of sockets) s.destroy();
    closeClientAgents();
  });

  it('refuses a client its third request in flight with 429, and serves another client meanwhile', async () => {
    sockets.push(await stalled(url(), '127.0.0.11'), await stalled(url(), '127.0.0.11'));
    expectRefused(await postFrom('127.0.0.11', url(), CHEAP), 'RATE_LIMITED', 'maxInFlightPerClient', 'MAX_IN_FLIGHT_PER_CLIENT');
    const other = await postFrom('127.0.0.12', url(), CHEAP);
    expect(other.status).toBe(200);
    expect(other.body.data.therapy.id).toBe('imatinib');
  });

  it('refuses everyone with 429 OVERLOADED once the service has its limit in flight, and serves again after', async () => {
    sockets.push(await stalled(url(), '127.0.0.12'), await stalled(url(), '127.0.0.12'));
    expectRefused(await postFrom('127.0.0.13', url(), CHEAP), 'OVERLOADED', 'maxInFlight', 'MAX_IN_FLIGHT');
    for (const s of sockets.splice(0)) s.destroy();
    await new Promise((r) => setTimeout(r, 200));
    const after = await postFrom('127.0.0.11', url(), CHEAP);
    expect(after.status).toBe(200);
  });
});

describe('load shedding: heavy root fields and the request deadline', () => {
  // One heavy request at a time, waiting at most 200 ms (half the deadline) for its turn.
  const service = useService({ GRAPHQL_MAX_HEAVY_IN_FLIGHT: '1', REQUEST_DEADLINE_MS: '400', MAX_IN_FLIGHT_PER_CLIENT: '0', RATE_LIMIT_PER_MINUTE: '0', RESPONSE_CACHE: 'off' });
  const url = () => `${service().url}/graphql`;
  afterAll(closeClientAgents);

  it('runs one heavy request at a time and refuses those that waited too long with 429 OVERLOADED; cheap ones pass', async () => {
    // Three depth-2 walks from hubs a request: sixteen of them take well over 200 ms one after another.
    const walk = (id: string) => `neighborhood(id: "${id}", depth: 2, limit: 100) { nodes { id } edges { relationship } }`;
    const heavy = { query: `{ a: ${walk('oral')} b: ${walk('leukemia')} c: ${walk('targeted-therapy')} }` };
    const answers = await Promise.all([
      ...Array.from({ length: 16 }, () => postFrom('127.0.0.14', url(), heavy)),
      // A fragment at the root does not slip past the gate.
      ...Array.from({ length: 4 }, () => postFrom('127.0.0.14', url(), { query: `{ ...A } fragment A on Query { ${walk('intravenous')} }` })),
    ]);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expectRefused(r, 'OVERLOADED', 'maxHeavyInFlight', 'GRAPHQL_MAX_HEAVY_IN_FLIGHT');
    // The rest were answered, or cut by the 400 ms deadline; nothing else.
    for (const a of answers.filter((x) => x.status !== 429)) expect([200, 504]).toContain(a.status);
    const cheap = await postFrom('127.0.0.15', url(), CHEAP);
    expect(cheap.status).toBe(200);
  });
});

describe('load shedding: a request heavy by its cost alone', () => {
  const service = useService({ GRAPHQL_MAX_HEAVY_IN_FLIGHT: '1', REQUEST_DEADLINE_MS: '400', MAX_IN_FLIGHT_PER_CLIENT: '0', RATE_LIMIT_PER_MINUTE: '0', GRAPHQL_COST_PER_MINUTE: '0', RESPONSE_CACHE: 'off' });
  const url = () => `${service().url}/graphql`;
  afterAll(closeClientAgents);

  it('takes a heavy slot when its estimate is over a fifth of GRAPHQL_MAX_COST, though it selects no heavy root field', async () => {
    // A page of 100 therapies with their facts and the facts' citations: a plain root list, costly by its size.
    const page = (sort: string) => `therapies(first: 100, sort: { field: ${sort} }) { edges { node { id routeFacts { object { id } citations { id title } } targetFacts { object { id } citations { id title } } } } }`;
    const costly = { query: `{ ${page('NAME')} }` };
    const first = await postFrom('127.0.0.17', url(), costly);
    const { maxCost } = loadConfig({}).graphql;
    expect(first.body.extensions.cost.requested).toBeGreaterThan(maxCost / 5);
    expect(first.body.extensions.cost.requested).toBeLessThanOrEqual(maxCost);
    const answers = await Promise.all(Array.from({ length: 16 }, () => postFrom('127.0.0.17', url(), costly)));
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length, JSON.stringify(answers.map((a) => [a.status, a.body.errors?.[0]?.message]))).toBeGreaterThan(0);
    for (const r of refused) expectRefused(r, 'OVERLOADED', 'maxHeavyInFlight', 'GRAPHQL_MAX_HEAVY_IN_FLIGHT');
    // A cheap request is not heavy: it passes while the costly ones queue.
    const [cheap] = await Promise.all([postFrom('127.0.0.18', url(), CHEAP), ...Array.from({ length: 4 }, () => postFrom('127.0.0.17', url(), costly))]);
    expect(cheap.status).toBe(200);
  });
});

describe('load shedding: the request deadline', () => {
  // Parsing and validating alone outlast a deadline of 1 ms: no statement may start.
  const service = useService({ REQUEST_DEADLINE_MS: '1', RATE_LIMIT_PER_MINUTE: '0', RESPONSE_CACHE: 'off' });
  afterAll(closeClientAgents);

  it('answers 504 QUERY_TIMEOUT naming REQUEST_DEADLINE_MS once the deadline has passed', async () => {
    const res = await postFrom('127.0.0.16', `${service().url}/graphql`, CHEAP);
    expect(res.status).toBe(504);
    expect(res.body.errors[0].extensions.code).toBe('QUERY_TIMEOUT');
    expect(res.body.errors[0].message).toMatch(/REQUEST_DEADLINE_MS \(1 ms\)/);
  });
});
