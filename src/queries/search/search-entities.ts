import type { GraphReader } from '../../neo4j/graph-reader.ts';
import { FULLTEXT_INDEX } from '../../seed/graph-schema.ts';
import type { CypherQuery } from '../cypher-query.ts';
import { entityProjection, toEntityRecord } from '../entities/entity-record.ts';
import { type EntityRecord } from '../../model/records.ts';
import type { KindName } from '../../model/kinds.ts';
import { pagedStatement, readPages } from '../lists/paged-statement.ts';
import type { Page, Window } from '../lists/window.ts';

export interface SearchRequest {
  /** A Lucene query from toLuceneQuery, never the raw input. */
  readonly lucene: string;
  /** Only nodes of these kinds; all kinds when empty. */
  readonly labels: readonly KindName[];
  readonly window: Window;
  readonly withTotal: boolean;
}

export interface SearchHit {
  readonly node: EntityRecord;
  readonly score: number;
}

/**
 * Full-text search over names, aliases, descriptions, citation titles and claim text, best
 * first. Paged like every list: the sort key is (-score, id), so ties have a stable order.
 */
export function searchQuery(req: SearchRequest): CypherQuery {
  return pagedStatement(
    {
      match: `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $lucene) YIELD node AS n, score`,
      where: req.labels.length ? ['any(label IN labels(n) WHERE label IN $labels)'] : [],
      row: 'n, score',
      keys: ['-score', 'n.id'],
      project: `{node: ${entityProjection('n')}, score: score}`,
      params: { lucene: req.lucene, labels: req.labels },
    },
    'ASC',
    req.window,
    req.withTotal,
    [null],
  );
}

export async function searchEntities(reader: GraphReader, req: SearchRequest): Promise<Page<SearchHit>> {
  const pages = await readPages(reader, searchQuery(req), req.window, (item) => {
    const hit = item as { node: unknown; score: number };
    return { node: toEntityRecord(hit.node), score: hit.score };
  });
  return pages.get(null)!;
}
