import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../schema.ts';
import { estimateCost } from './cost-limit.ts';
import { stableJson } from '../caching/memo.ts';
import { COST_MEMO_ENTRIES, CostMemo } from './cost-memo.ts';

// graphql's CommonJS build, as Apollo loads it (see cost-limit.test.ts).
const { buildASTSchema, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const schema = buildASTSchema(loadTypeDefs());
const document = parse('query Page($n: Int) { therapies(first: $n) { edges { node { id name } } } }');

/** The memo's answer and whether it computed one (a miss). */
function viaMemo(memo: CostMemo, variables: Record<string, unknown>, auditCached = false) {
  let computed = false;
  const cost = memo.estimate(schema, document, variables, 'Page', auditCached, () => {
    computed = true;
    return estimateCost(schema, document, variables, 'Page', undefined, { auditCached });
  });
  return { cost, computed };
}

describe('the cost memo', () => {
  it('answers a repeat from memory with the same estimate, and other variables with theirs', () => {
    const memo = new CostMemo();
    const first = viaMemo(memo, { n: 5 });
    expect(first).toEqual({ cost: estimateCost(schema, document, { n: 5 }, 'Page'), computed: true });
    expect(viaMemo(memo, { n: 5 })).toEqual({ cost: first.cost, computed: false });
    const other = viaMemo(memo, { n: 50 });
    expect(other.computed).toBe(true);
    expect(other.cost).toBe(estimateCost(schema, document, { n: 50 }, 'Page'));
    expect(other.cost).toBeGreaterThan(first.cost);
  });

  it('keys on the audit state too, and on variables whatever their key order', () => {
    const memo = new CostMemo();
    viaMemo(memo, { n: 5 });
    expect(viaMemo(memo, { n: 5 }, true).computed).toBe(true);
    expect(stableJson({ a: 1, b: [{ d: 2, c: 3 }] })).toBe(stableJson({ b: [{ c: 3, d: 2 }], a: 1 }));
  });

  it(`keeps the ${COST_MEMO_ENTRIES} most recently used estimates of a document`, () => {
    const memo = new CostMemo();
    for (let n = 1; n <= COST_MEMO_ENTRIES; n++) viaMemo(memo, { n });
    viaMemo(memo, { n: 1 }); // used again: now the newest
    viaMemo(memo, { n: COST_MEMO_ENTRIES + 1 }); // drops the oldest, n: 2
    expect(viaMemo(memo, { n: 1 }).computed).toBe(false);
    expect(viaMemo(memo, { n: 2 }).computed).toBe(true);
  });
});
