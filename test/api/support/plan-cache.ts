import type { Api } from './api.ts';

/**
 * How many plans Neo4j's query cache held, emptying it: `db.clearQueryCaches()` says how many
 * it dropped, a real count of the cache's entries, not a timing. Neo4j recompiles a plan
 * after its 10th run (one more entry), so a text counted this way should run at most 10
 * times. Integration files run one at a time: nothing else plans meanwhile.
 */
export async function cachedPlans(api: Api): Promise<number> {
  const { records } = await api.deps.driver.executeQuery('CALL db.clearQueryCaches()', {}, { database: api.deps.database });
  const message = String(records[0]!.get(0));
  return message.includes('already empty') ? 0 : Number(/of (\d+) quer/.exec(message)![1]);
}
