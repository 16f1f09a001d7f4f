import { describe, expect, it } from 'vitest';
import { meets } from './results.ts';

describe('meets', () => {
  it('compares finite figures with the bound', () => {
    expect(meets(2.1, '>=', 2)).toBe(true);
    expect(meets(1.9, '>=', 2)).toBe(false);
    expect(meets(1.5, '<=', 1.5)).toBe(true);
    expect(meets(500, '<', 500)).toBe(false);
  });

  it('never counts a missing measurement as met: Infinity, NaN, or null (how JSON stores them)', () => {
    for (const op of ['>=', '<=', '<'] as const) {
      expect(meets(Number.POSITIVE_INFINITY, op, 2)).toBe(false);
      expect(meets(Number.NEGATIVE_INFINITY, op, 2)).toBe(false);
      expect(meets(Number.NaN, op, 2)).toBe(false);
      expect(meets(null, op, 2)).toBe(false);
    }
  });
});
