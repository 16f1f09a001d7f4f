/**
 * Helpers that bring an answer to a comparable form: lists whose order the question does not
 * fix are sorted (canonically, by their JSON), object keys are put in order, and the
 * `edges { node }` wrapping of connections is taken off.
 */

/** A value with every array sorted and every object's keys in order: equal answers give equal JSON. */
export function unordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unordered).sort(byJson);
  return sortedKeys(value, unordered);
}

/** A list whose order matters (a sorted page): its items made comparable, the list kept in order. */
export function ordered(items: unknown[]): unknown[] {
  return items.map(unordered);
}

/** A page as compared: its total (when asked for) and its nodes in order. */
export interface PageAnswer {
  totalCount?: unknown;
  nodes: unknown[];
}

/** A Relay connection (ours or @neo4j/graphql's) as a PageAnswer. */
export function pageOf(connection: unknown): PageAnswer {
  return { totalCount: field(connection, 'totalCount'), nodes: ordered(nodesOf(connection)) };
}

/** The floor's page: a total (or undefined) and the nodes as the statement projected them. */
export function pageOfRows(totalCount: unknown, nodes: unknown[]): PageAnswer {
  return { totalCount, nodes: ordered(nodes) };
}

/** The nodes of a Relay connection, in order. */
export function nodesOf(connection: unknown): Record<string, unknown>[] {
  return (connection as { edges: { node: Record<string, unknown> }[] }).edges.map((e) => e.node);
}

/** The value at `key` of a GraphQL `data` object. */
export function field(data: unknown, key: string): unknown {
  return (data as Record<string, unknown>)[key];
}

/** Sorted distinct strings. */
export function idSet(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort();
}

function sortedKeys(value: unknown, each: (v: unknown) => unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, each((value as Record<string, unknown>)[k])]),
  );
}

function byJson(a: unknown, b: unknown): number {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
