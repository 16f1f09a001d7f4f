import type { GraphQLResolveInfo } from 'graphql';
import { LruMemo, objectId, stableJson } from '../caching/memo.ts';

/**
 * How many prepared root fields the process keeps, over all operations: a page's statement
 * is a few KB of text, so this stays a few MB under the 256 MB heap cap, whatever clients send.
 */
export const PREPARED_ENTRIES = 512;

const memo = new LruMemo<unknown>(PREPARED_ENTRIES);

/**
 * What a root field's resolver works out before it reads the graph (its checked arguments,
 * its read plan, the compiled Cypher statement), remembered for the next request that sends
 * the same operation with the same variables. Building the plan and the statement with
 * @neo4j/cypher-builder was about 9 % of the service's CPU per request in a profile of the
 * bench (issue #11: list statements 4.4 %, provenance 1.8 %, paths 1 %, ...), and it repeats
 * itself: `prepare` must be a pure function of the field's arguments and selection (which the
 * operation's node and the response key fix, fragments included) and the variables, and what
 * it returns is shared by the requests, so nothing may change it (the driver only reads a
 * statement's parameters). Arguments that fail their checks throw, and throw again next time.
 */
export function prepared<T>(info: GraphQLResolveInfo, prepare: () => T): T {
  if (info.path.prev !== undefined) throw new Error(`prepared() is for root fields, not ${info.parentType.name}.${info.fieldName}`);
  return memo.get(`${objectId(info.operation)}\u0000${info.path.key}\u0000${stableJson(info.variableValues)}`, prepare) as T;
}
