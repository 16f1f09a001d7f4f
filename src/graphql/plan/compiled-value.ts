import type { GraphQLResolveInfo } from 'graphql';

/**
 * What the root field's statement read for the field being resolved: the parent record's
 * `__fields` entry under the field's response key (so aliases with different arguments get
 * their own values). Undefined when the parent was not read by a compiled statement (an
 * entity found by search, neighborhood, paths or provenance) or the field was not planned
 * (its arguments are invalid): the field then reads the graph itself.
 */
export function compiledValue(parent: unknown, info: GraphQLResolveInfo): { readonly value: unknown } | undefined {
  const fields = (parent as { __fields?: Record<string, unknown> }).__fields;
  const key = String(info.path.key);
  return fields && key in fields ? { value: fields[key] } : undefined;
}
