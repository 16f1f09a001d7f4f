import Cypher from '@neo4j/cypher-builder';
import { listParam } from '../compile/list-param.ts';
import type { KindName } from '../../model/kinds.ts';
import type { EntityRecord } from '../../model/records.ts';
import type { GraphReader } from '../../neo4j/graph-reader.ts';
import { FULLTEXT_INDEX } from '../../seed/graph-schema.ts';
import { projectEntity } from '../compile/entity-projection.ts';
import { pageOf, readRootPage, rootPageStatement } from '../compile/list-statement.ts';
import { pageExpr, type RowSource } from '../compile/page.ts';
import type { SearchPlan } from '../compile/read-plan.ts';
import type { Page } from '../compile/window.ts';
import type { CypherQuery } from '../cypher-query.ts';

export interface SearchRequest {
  /** A Lucene query from toLuceneQuery, never the raw input. */
  readonly lucene: string;
  /** Only nodes of these kinds; all kinds when empty. */
  readonly labels: readonly KindName[];
}

export interface SearchHit {
  readonly node: EntityRecord;
  readonly score: number;
}

/**
 * Full-text search over names, aliases, descriptions, citation titles and claim text, best
 * first, each hit's node projected as the request selects it, in one statement. Paged like
 * every list: the sort key is (-score, id), so ties have a stable order.
 */
export function searchQuery(req: SearchRequest, plan: SearchPlan): CypherQuery {
  const n = new Cypher.Node();
  const score = new Cypher.Variable();
  const label = new Cypher.Variable();
  const labels = listParam('labels', req.labels);
  const source: RowSource<[Cypher.Node, Cypher.Variable]> = {
    bind: (predicates) => {
      const inKinds = req.labels.length > 0 ? [Cypher.any(label, Cypher.labels(n), Cypher.in(label, labels))] : [];
      const hits = Cypher.db.index.fulltext.queryNodes(FULLTEXT_INDEX, new Cypher.Param(req.lucene)).yield(['node', n], ['score', score]);
      const kept = [...inKinds, ...predicates];
      return [kept.length > 0 ? hits.where(Cypher.and(...kept)) : hits];
    },
    vars: [n, score],
    keys: [Cypher.minus(score), n.property('id')],
    direction: 'ASC',
    item: ([node, s]) => new Cypher.Map({ node: projectEntity(plan.node, node), score: s }),
  };
  return rootPageStatement(pageExpr(source, plan.window, plan.withTotal), []);
}

/** The page of hits; `q` is searchQuery(req, plan), given when the caller has it already. */
export async function searchEntities(reader: GraphReader, req: SearchRequest, plan: SearchPlan, q: CypherQuery = searchQuery(req, plan)): Promise<Page<SearchHit>> {
  const { page } = await readRootPage(reader, q);
  return pageOf<SearchHit>(page, plan);
}
