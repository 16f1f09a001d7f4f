import { describe, expect, it } from 'vitest';
import { CostBudget } from './cost-budget.ts';

describe('a cost budget per client', () => {
  it('lets a client spend its minute at once, then refuses what it cannot pay, with the wait', () => {
    let now = 0;
    const budget = new CostBudget(600, () => now);
    expect(budget.charge('a', 500)).toEqual({ accepted: true, remaining: 100, retryAfterS: 0 });
    // 200 more than it holds: 10 a second refill it in 20 s; nothing is taken.
    expect(budget.charge('a', 300)).toEqual({ accepted: false, remaining: 100, retryAfterS: 20 });
    now = 20_000;
    expect(budget.charge('a', 300)).toEqual({ accepted: true, remaining: 0, retryAfterS: 0 });
  });

  it('keeps each client’s budget apart and never refills past a minute’s worth', () => {
    let now = 0;
    const budget = new CostBudget(600, () => now);
    budget.charge('a', 600);
    expect(budget.charge('b', 600).accepted).toBe(true);
    now = 3_600_000;
    expect(budget.charge('a', 0).remaining).toBe(600);
  });
});
