import type { GraphReader } from '../../neo4j/graph-reader.ts';
import type { CypherQuery } from '../cypher-query.ts';
import { factProjection, toFactRecord, type FactRecord } from '../entities/fact-record.ts';
import { pagedStatement, readPages, type RowSource } from '../lists/paged-statement.ts';
import type { Page, Window } from '../lists/window.ts';
import { anyFactType } from '../patterns.ts';

/**
 * The facts that cite a citation (`Citation.supports`), for many citations at once (one
 * scope per citation id), paged like every list: by relationship type, subject id and
 * object id. A fact names its citations in a list property, which no index covers, so
 * each statement scans the fact relationships once per citation asked for.
 */
const citingFacts: RowSource = {
  match: `MATCH (s:Entity)-[r:${anyFactType}]->(o:Entity)`,
  where: ['scope IN r.citations'],
  row: 's, r, o',
  keys: ['type(r)', 's.id', 'o.id'],
  project: factProjection('r', 's', 'o'),
  params: {},
};

/** The sort key's length, for cursors of this list. */
export const CITING_FACTS_KEY_LENGTH = citingFacts.keys.length;

export function citingFactsQuery(citationIds: readonly string[], w: Window, withTotal: boolean): CypherQuery {
  return pagedStatement(citingFacts, 'ASC', w, withTotal, citationIds);
}

export async function citingFactPages(
  reader: GraphReader,
  citationIds: readonly string[],
  w: Window,
  withTotal: boolean,
): Promise<Map<string, Page<FactRecord>>> {
  // Every scope is a citation id, never the root list's null.
  return (await readPages(reader, citingFactsQuery(citationIds, w, withTotal), w, toFactRecord)) as Map<string, Page<FactRecord>>;
}
