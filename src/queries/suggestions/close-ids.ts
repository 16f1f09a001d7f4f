import type { GraphReader } from '../../neo4j/graph-reader.ts';
import type { KindName as EntityLabel } from '../../model/kinds.ts';
import { toLuceneQuery } from '../search/lucene-query.ts';
import { idsOnly } from '../compile/read-plan.ts';
import { searchEntities } from '../search/search-entities.ts';

/** How many close ids a message suggests. */
export const SUGGESTIONS = 3;

/**
 * Ids close to one that matched nothing (`NSCLC`, `her-2`, `Gleevec`), for "did you mean"
 * hints: the best hits of the API's own full-text search for its words (names, aliases,
 * titles, each word with one typo allowed), of the kinds given (all when empty).
 */
export async function closeIds(reader: GraphReader, unknown: string, labels: readonly EntityLabel[] = []): Promise<string[]> {
  const lucene = toLuceneQuery(unknown.replace(/[-_]+/g, ' '));
  if (lucene === undefined) return [];
  const page = await searchEntities(reader, { lucene, labels }, { window: { size: SUGGESTIONS, backward: false }, withTotal: false, node: idsOnly });
  return page.rows.map((r) => r.item.node.id);
}

/** ` (did you mean her2, erbb2?)`, or nothing when there is no suggestion. */
export function didYouMean(ids: readonly string[]): string {
  return ids.length === 0 ? '' : ` (did you mean ${ids.join(', ')}?)`;
}
