import { describe, expect, it } from 'vitest';
import Cypher from '@neo4j/cypher-builder';
import { keysetPredicate } from './sort.ts';
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
    const [k, id, after] = [new Cypher.Variable(), new Cypher.Variable(), new Cypher.Param(['a', 'b'])];
    const { cypher } = new Cypher.Return([keysetPredicate([k, id], after, '>'), 'x']).build();
    expect(cypher).toBe('RETURN (var0 > $param0[0] OR (var0 = $param0[0] AND var1 > $param0[1])) AS x');
  });
});
