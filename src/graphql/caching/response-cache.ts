import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { SeedVersion } from './seed-version.ts';

/** At most this much memory of cached answers per process (LRU beyond it). */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * The plugin keys on JSON.stringify of the variables, which overflows the stack on deeply
 * nested values (a 10k-deep array, legal JSON, undeclared or about to fail coercion). Our
 * variables nest a few levels at most (a filter of lists), so deeper ones bypass the cache.
 */
const MAX_VARIABLE_DEPTH = 16;

/**
 * The server-side response cache: Apollo's response-cache plugin over an in-memory LRU,
 * keyed by the operation (its text and name), its variables and the seed version. Answers
 * with errors are not cached; entries live for the answer's maxAge (CACHE_MAX_AGE by
 * default). When a seed loads, the whole cache is emptied: entries of the old seed could
 * not be hit any more (the key names the seed), but they would hold memory until evicted.
 * Each process (each replica) has its own cache. The operation limits (depth, cost, ...)
 * are checked before the cache is read, so a cached answer is never a way around them.
 */
export function responseCache(seedVersion: SeedVersion): ApolloServerPlugin<BaseContext> {
  const cache = new InMemoryLRUCache<string>({ maxSize: MAX_CACHE_BYTES });
  seedVersion.onChange(() => cache.clear());
  const shallow = async ({ request }: { request: { variables?: Record<string, unknown> } }) => depthAtMost(request.variables, MAX_VARIABLE_DEPTH);
  return responseCachePlugin({
    cache,
    extraCacheKeyData: async () => ({ seedVersion: seedVersion.current }),
    shouldReadFromCache: shallow,
    // An answer with warnings (extensions.warnings: unknown ids) is not cached: resolvers
    // record them, and a cached answer runs none.
    shouldWriteToCache: async (rc) => (await shallow(rc)) && !hasWarnings(rc.contextValue),
  });
}

function hasWarnings(context: BaseContext): boolean {
  return ((context as { warnings?: readonly unknown[] }).warnings?.length ?? 0) > 0;
}

/** True when `value` nests objects/arrays at most `max` deep (iterative: the point is not to recurse). */
function depthAtMost(value: unknown, max: number): boolean {
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > max) return false;
    level = level.flatMap((v) => (v !== null && typeof v === 'object' ? Object.values(v) : []));
  }
  return true;
}
