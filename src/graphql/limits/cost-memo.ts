import type { DocumentNode, GraphQLSchema } from 'graphql';

/** How many (operation, variables, audit state) estimates each document keeps. */
export const COST_MEMO_ENTRIES = 64;

/**
 * Remembers estimates per parsed document, because the estimate walk (graphql-query-complexity)
 * was ~7 % of the service's CPU per request (issue #11) and repeats itself: Apollo's document
 * store hands back the same DocumentNode object for a repeated query string, and the estimate
 * is a pure function of the schema, that document, the variables, the operation name and the
 * constants. Documents and schemas are held weakly, so a document Apollo's store drops takes
 * its estimates with it; each document keeps its last COST_MEMO_ENTRIES estimates (least
 * recently used dropped first). Estimates that throw (a limit breach, bad variables) are not kept.
 */
export class CostMemo {
  private readonly bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();

  estimate(
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Record<string, unknown>,
    operationName: string | undefined,
    auditCached: boolean,
    compute: () => number,
  ): number {
    let byDocument = this.bySchema.get(schema);
    if (!byDocument) this.bySchema.set(schema, (byDocument = new WeakMap()));
    let entries = byDocument.get(document);
    if (!entries) byDocument.set(document, (entries = new Map()));
    const key = `${operationName ?? ''}\u0000${auditCached ? 1 : 0}\u0000${stableJson(variables)}`;
    const held = entries.get(key);
    if (held !== undefined) {
      // Map keeps insertion order: re-inserting marks it the most recently used.
      entries.delete(key);
      entries.set(key, held);
      return held;
    }
    const cost = compute();
    entries.set(key, cost);
    if (entries.size > COST_MEMO_ENTRIES) entries.delete(entries.keys().next().value!);
    return cost;
  }
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` are one key. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
