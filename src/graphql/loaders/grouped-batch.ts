/**
 * A DataLoader batch function for keys that differ only in one member (a parent id) within
 * a group (the same relationship, the same list arguments): one query per group, whatever
 * the number of members. This is what keeps a page of 50 therapies with their routes at one
 * query for all routes rather than one per therapy.
 */
export function groupedBatch<K, M, V>(options: {
  /** Keys with the same group are read by one query. */
  group: (key: K) => string;
  member: (key: K) => M;
  /** Reads the members of one group; `sample` is any key of the group. */
  load: (sample: K, members: M[]) => Promise<Map<M, V>>;
  /** The value for a member the query returned nothing for. */
  missing: V;
}): (keys: readonly K[]) => Promise<V[]> {
  return async (keys) => {
    const groups = new Map<string, K[]>();
    for (const key of keys) {
      const g = options.group(key);
      const members = groups.get(g);
      if (members) members.push(key);
      else groups.set(g, [key]);
    }
    const loaded = new Map<string, Map<M, V>>();
    await Promise.all(
      [...groups].map(async ([g, members]) => {
        loaded.set(g, await options.load(members[0]!, [...new Set(members.map(options.member))]));
      }),
    );
    return keys.map((k) => loaded.get(options.group(k))!.get(options.member(k)) ?? options.missing);
  };
}

/** The cache key of a grouped key: group and member, so equal requests share one result. */
export function groupedCacheKey<K>(group: (key: K) => string, member: (key: K) => unknown): (key: K) => string {
  return (key) => `${group(key)}\u0000${String(member(key))}`;
}
