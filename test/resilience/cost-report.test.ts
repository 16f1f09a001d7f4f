import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { estimateCost } from '../../src/graphql/limits/cost-limit.ts';
import { loadTypeDefs } from '../../src/graphql/schema.ts';
import { closeClientAgents, postFrom } from '../support/client-address.ts';
import { useService } from '../support/service.ts';

const { buildASTSchema, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const schema = buildASTSchema(loadTypeDefs());

const CHEAP = '{ therapy(id: "imatinib") { id name routes { id } } }';
// Over a third of the budget: the third in a row is more than the bucket holds, however much
// it refilled meanwhile (417 a second at this budget).
const COSTLY = '{ therapies(first: 50) { edges { node { id cancerTypeFacts { relationship object { id displayName } citations { id title } } } } } }';
const COST_PER_MINUTE = 25_000;

/**
 * extensions.cost over HTTP: the estimate that GRAPHQL_MAX_COST enforces, reported on every
 * estimated answer, and each client's budget a minute (GRAPHQL_COST_PER_MINUTE) spent and
 * refused with 429 and Retry-After, one client's spending leaving another's budget whole.
 */
describe('the cost of a request, reported and budgeted', () => {
  const service = useService({ NODE_ENV: 'production', RATE_LIMIT_PER_MINUTE: '0', GRAPHQL_COST_PER_MINUTE: String(COST_PER_MINUTE) });
  const url = () => `${service().url}/graphql`;
  afterAll(closeClientAgents);

  it('reports the enforced estimate, the limit and the budget left on every answer', async () => {
    const first = await postFrom('127.0.0.4', url(), { query: CHEAP });
    const requested = estimateCost(schema, parse(CHEAP), {});
    expect(first.status).toBe(200);
    expect(first.body.data.therapy.id).toBe('imatinib');
    expect(first.body.extensions.cost).toEqual({ requested, limit: 25_000, budgetRemaining: COST_PER_MINUTE - requested });
  });

  it('reports the cost of a request it refuses as too costly, and charges nothing for it', async () => {
    const tree = '{ citations(first: 100) { edges { node { supports(first: 100) { edges { node { citations { id title } } } } } } } }';
    const res = await postFrom('127.0.0.5', url(), { query: tree });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors[0].message).toContain('GRAPHQL_MAX_COST');
    expect(res.body.extensions.cost.requested).toBe(estimateCost(schema, parse(tree), {}));
    expect(res.body.extensions.cost.requested).toBeGreaterThan(res.body.extensions.cost.limit);
    expect(res.body.extensions.cost.budgetRemaining).toBeNull();
  });

  it('refuses what the client’s budget cannot pay with 429 and Retry-After, and not another client’s request', async () => {
    const costly = estimateCost(schema, parse(COSTLY), {});
    expect(costly).toBeGreaterThan(COST_PER_MINUTE / 3);
    const paid = await postFrom('127.0.0.6', url(), { query: COSTLY });
    expect(paid.status).toBe(200);
    expect(paid.body.extensions.cost.budgetRemaining).toBe(COST_PER_MINUTE - costly);
    expect((await postFrom('127.0.0.6', url(), { query: COSTLY })).status).toBe(200);

    const refused = await postFrom('127.0.0.6', url(), { query: COSTLY });
    expect(refused.status).toBe(429);
    const error = refused.body.errors[0];
    expect(error.extensions.code).toBe('RATE_LIMITED');
    expect(error.extensions.limit).toEqual({ name: 'costPerMinute', max: COST_PER_MINUTE, found: costly });
    expect(error.message).toContain('GRAPHQL_COST_PER_MINUTE');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(error.extensions.retryAfter).toBe(Number(refused.headers['retry-after']));
    expect(refused.body.data).toBeUndefined();

    // Told to retry later, the client is turned away unread until then, even for a cheap
    // request: no estimate (nothing was parsed), the seconds left in Retry-After.
    const door = await postFrom('127.0.0.6', url(), { query: CHEAP });
    expect(door.status).toBe(429);
    expect(door.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: { name: 'costPerMinute', max: COST_PER_MINUTE } });
    expect(door.body.errors[0].message).toMatch(/refused unread.*GRAPHQL_COST_PER_MINUTE/);
    expect(door.body.extensions?.cost).toBeUndefined();
    expect(Number(door.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(door.headers['retry-after'])).toBeLessThanOrEqual(Number(refused.headers['retry-after']));

    const other = await postFrom('127.0.0.7', url(), { query: COSTLY });
    expect(other.status).toBe(200);
    expect(other.body.data.therapies.edges.length).toBeGreaterThan(0);
  });
});
