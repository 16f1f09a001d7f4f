import { describe, expect, it } from 'vitest';
import { keysetPredicate } from './paged-statement.ts';
import { toPage } from './window.ts';

const rows = (...ids: string[]) => ids.map((id) => ({ key: [id], item: id }));

describe('toPage', () => {
  it('forwards: the extra row means a next page; a cursor means a previous one', () => {
    expect(toPage(rows('a', 'b', 'c'), { size: 2, backward: false })).toMatchObject({
      rows: rows('a', 'b'),
      hasNextPage: true,
      hasPreviousPage: false,
    });
    expect(toPage(rows('c'), { size: 2, backward: false, after: ['b'] })).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('backwards: rows read from the end come back in list order', () => {
    expect(toPage(rows('e', 'd', 'c'), { size: 2, backward: true, before: ['f'] })).toMatchObject({
      rows: rows('d', 'e'),
      hasNextPage: true,
      hasPreviousPage: true,
    });
  });
});

describe('keysetPredicate', () => {
  it('compares sort keys lexicographically', () => {
    expect(keysetPredicate(['k', 'n.id'], '$after', '>')).toBe('((k > $after[0]) OR (k = $after[0] AND n.id > $after[1]))');
  });
});
