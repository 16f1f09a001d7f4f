/**
 * A DataLoader batch function for keys that differ only in one member (a parent id) within
 * a group (the same relationship, the same list arguments): the members of each group are
 * read together, whatever their number. This is what keeps a page of 50 therapies with
 * their routes at one query for all routes rather than one per therapy.
 */
export function groupedBatch<K, M, V>(options: {
  /** Keys with the same group are read together. */
  group: (key: K) => string;
  member: (key: K) => M;
  /**
   * Reads every group of the batch (one query each, or one for all); `sample` is any key
   * of its group. Returns the values of each group's members, in the order of `groups`.
   */
  load: (groups: { sample: K; members: M[] }[]) => Promise<Map<M, V>[]>;
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
    const names = [...groups.keys()];
    const values = await options.load(
      [...groups.values()].map((ks) => ({ sample: ks[0]!, members: [...new Set(ks.map(options.member))] })),
    );
    const loaded = new Map(names.map((g, i) => [g, values[i]!]));
    return keys.map((k) => loaded.get(options.group(k))!.get(options.member(k)) ?? options.missing);
  };
}

/** Reads each group with its own query, all at once: for groups one statement cannot share. */
export function eachGroup<K, M, V>(read: (sample: K, members: M[]) => Promise<Map<M, V>>) {
  return (groups: { sample: K; members: M[] }[]): Promise<Map<M, V>[]> => Promise.all(groups.map((g) => read(g.sample, g.members)));
}

/** The cache key of a grouped key: group and member, so equal requests share one result. */
export function groupedCacheKey<K>(group: (key: K) => string, member: (key: K) => unknown): (key: K) => string {
  return (key) => `${group(key)}\u0000${String(member(key))}`;
}
