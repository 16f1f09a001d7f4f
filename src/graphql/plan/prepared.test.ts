import type { GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { prepared } from './prepared.ts';

/** The parts of a root field's resolve info that prepared() keys on. */
function rootInfo(operation: object, key: string, variableValues: Record<string, unknown>): GraphQLResolveInfo {
  return { operation, path: { key, prev: undefined, typename: 'Query' }, variableValues, parentType: { name: 'Query' }, fieldName: key } as unknown as GraphQLResolveInfo;
}

/** What prepared() handed back, and whether it ran `prepare` for it. */
function prepare(info: GraphQLResolveInfo, value: unknown) {
  let ran = false;
  const got = prepared(info, () => {
    ran = true;
    return value;
  });
  return { got, ran };
}

describe('prepared root fields', () => {
  it('hands a repeat of an operation, response key and variables what was prepared for the first', () => {
    const operation = {};
    const first = prepare(rootInfo(operation, 'therapies', { n: 5, filter: { a: 1, b: 2 } }), { statement: 1 });
    expect(first.ran).toBe(true);
    // Variables in another key order are the same variables.
    const again = prepare(rootInfo(operation, 'therapies', { filter: { b: 2, a: 1 }, n: 5 }), { statement: 2 });
    expect(again).toEqual({ got: first.got, ran: false });
  });

  it('prepares afresh for other variables, another response key (alias) or another operation', () => {
    const operation = {};
    prepare(rootInfo(operation, 'therapies', { n: 5 }), 'five');
    expect(prepare(rootInfo(operation, 'therapies', { n: 6 }), 'six')).toEqual({ got: 'six', ran: true });
    expect(prepare(rootInfo(operation, 'other', { n: 5 }), 'alias')).toEqual({ got: 'alias', ran: true });
    expect(prepare(rootInfo({}, 'therapies', { n: 5 }), 'op')).toEqual({ got: 'op', ran: true });
  });

  it('does not remember a failure: checks that throw throw again', () => {
    const info = rootInfo({}, 'paths', { from: 'a', to: 'a' });
    let runs = 0;
    const failing = () => {
      runs += 1;
      throw new Error('`from` and `to` must be different nodes');
    };
    expect(() => prepared(info, failing)).toThrow('different nodes');
    expect(() => prepared(info, failing)).toThrow('different nodes');
    expect(runs).toBe(2);
  });

  it('refuses a nested field, whose values depend on its parent', () => {
    const info = { ...rootInfo({}, 'routes', {}), path: { key: 'routes', prev: { key: 'therapy' } }, parentType: { name: 'Therapy' } } as unknown as GraphQLResolveInfo;
    expect(() => prepared(info, () => 1)).toThrow('root fields');
  });
});
