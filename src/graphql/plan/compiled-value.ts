import type { GraphQLResolveInfo } from 'graphql';

/**
 * What the root field's statement read for the field being resolved: the parent record's
 * `__fields` entry under the field's response key (so aliases with different arguments get
 * their own values). Every parent is read by a compiled statement, so the entry is there
 * unless the field was not planned because its arguments are invalid; a field with
 * arguments checks them before reading it, and reports the error at its own path.
 */
export function compiledValue<T>(parent: unknown, info: GraphQLResolveInfo): T {
  const fields = (parent as { __fields?: Record<string, unknown> }).__fields;
  const key = String(info.path.key);
  if (!fields || !(key in fields)) throw new Error(`${info.parentType.name}.${info.fieldName} (${key}) was not read by its root field's statement`);
  return fields[key] as T;
}
