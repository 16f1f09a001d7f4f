import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.ts';

const list = { name: 'Therapy by NAME', keyLength: 2 };

describe('cursors', () => {
  it('round-trip a sort key and are opaque', () => {
    const cursor = encodeCursor(list, ['imatinib', 'imatinib']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(list, cursor, 'after')).toEqual(['imatinib', 'imatinib']);
    expect(decodeCursor({ name: 'search', keyLength: 2 }, encodeCursor({ name: 'search', keyLength: 2 }, [-3.25, 'x']), 'after')).toEqual([-3.25, 'x']);
  });

  it('reject garbage, another list, a wrong key and oversized input with BAD_USER_INPUT naming the argument', () => {
    const bad = [
      'garbage',
      '',
      encodeCursor({ name: 'Therapy by KIND', keyLength: 2 }, ['a', 'b']),
      encodeCursor(list, ['only-one'] as never),
      Buffer.from(JSON.stringify({ l: list.name, k: [{}, 'x'] })).toString('base64url'),
      Buffer.from('null').toString('base64url'),
      'x'.repeat(5000),
    ];
    for (const cursor of bad) {
      let error: unknown;
      try {
        decodeCursor(list, cursor, 'before');
      } catch (err) {
        error = err;
      }
      expect(error, cursor.slice(0, 20)).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'before' });
    }
  });
});
