import type { DocumentNode, GraphQLSchema } from 'graphql';
import { LruMemo, stableJson } from '../caching/memo.ts';

/** How many (operation, variables, audit state) estimates each document keeps. */
export const COST_MEMO_ENTRIES = 64;

/**
 * Remembers estimates per parsed document (caching/memo.ts), because the estimate walk
 * (graphql-query-complexity) was ~7 % of the service's CPU per request (issue #11) and repeats
 * itself: the estimate is a pure function of the schema, the document, the variables, the
 * operation name and the constants. Documents and schemas are held weakly, so a document
 * Apollo's store drops takes its estimates with it; each document keeps its last
 * COST_MEMO_ENTRIES estimates. Estimates that throw (a limit breach, bad variables) are not kept.
 */
export class CostMemo {
  private readonly bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, LruMemo<number>>>();

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
    let memo = byDocument.get(document);
    if (!memo) byDocument.set(document, (memo = new LruMemo(COST_MEMO_ENTRIES)));
    return memo.get(`${operationName ?? ''}\u0000${auditCached ? 1 : 0}\u0000${stableJson(variables)}`, compute);
  }
}
