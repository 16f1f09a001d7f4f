import { describe, expect, it } from 'vitest';
import { nodesOf, ordered, pageOf, unordered } from './answer.ts';

describe('unordered', () => {
  it('sorts every list and the keys of every object, so equal content gives equal JSON', () => {
    const a = { b: [{ id: 'y', name: 'Y' }, { id: 'x', name: 'X' }], a: 1 };
    const b = { a: 1, b: [{ name: 'X', id: 'x' }, { name: 'Y', id: 'y' }] };
    expect(JSON.stringify(unordered(a))).toBe(JSON.stringify(unordered(b)));
  });
});

describe('ordered', () => {
  it('keeps the order of the page but not of the lists inside its items', () => {
    expect(ordered([{ id: 'b', routes: ['z', 'y'] }, { id: 'a', routes: [] }])).toEqual([
      { id: 'b', routes: ['y', 'z'] },
      { id: 'a', routes: [] },
    ]);
  });
});

describe('pageOf', () => {
  it('takes the nodes out of the edges and keeps the total', () => {
    const connection = { totalCount: 2, edges: [{ node: { id: 'b' } }, { node: { id: 'a' } }] };
    expect(nodesOf(connection)).toEqual([{ id: 'b' }, { id: 'a' }]);
    expect(pageOf(connection)).toEqual({ totalCount: 2, nodes: [{ id: 'b' }, { id: 'a' }] });
  });
});
