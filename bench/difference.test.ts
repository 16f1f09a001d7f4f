import { describe, expect, it } from 'vitest';
import { describeDifference } from './difference.ts';

describe('describeDifference', () => {
  it('is empty for equal answers', () => {
    expect(describeDifference('x', { a: [1, { b: 'c' }] }, { a: [1, { b: 'c' }] })).toBe('');
  });

  it('names the path of the first difference and both values', () => {
    expect(describeDifference('the floor', { nodes: [{ id: 'a' }, { id: 'c' }] }, { nodes: [{ id: 'a' }, { id: 'b' }] })).toBe(
      'the floor differs at .nodes[1].id: ours "b", the floor "c"',
    );
  });

  it('reports lists of different lengths by their lengths', () => {
    expect(describeDifference('x', [1, 2], [1])).toBe('x differs at  (length): ours 1, x 2');
  });

  it('reports a key one side lacks', () => {
    expect(describeDifference('x', { totalCount: 3 }, {})).toBe('x differs at .totalCount: ours undefined, x 3');
  });
});
