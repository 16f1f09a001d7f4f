import type { GraphReader } from '../../neo4j/graph-reader.ts';
import type { CypherQuery } from '../cypher-query.ts';
import { entityProjection, toEntityRecord } from '../entities/entity-record.ts';
import { type EntityRecord } from '../../model/records.ts';
import { factProjection, toFactRecord, type FactRecord } from '../entities/fact-record.ts';
import type { KindName } from '../../model/kinds.ts';
import { rollsUp, type Traversal } from '../../model/relations.ts';
import { subtreeRows, traversalPattern } from '../patterns.ts';
import { filterClauses } from './filters.ts';
import { pagedStatement, readPages, type RowSource } from './paged-statement.ts';
import type { Sort } from '../../model/sort.ts';
import { sortExpression } from './sort.ts';
import type { Page, Window } from './window.ts';

/** One page of a list of entities of one kind: a root list, or every parent's list at once. */
export interface ListRequest {
  readonly label: KindName;
  readonly filter?: Readonly<Record<string, unknown>> | null;
  readonly sort: Sort;
  readonly window: Window;
  readonly withTotal: boolean;
  /** For a parent's list (CancerType.therapies): the way from an item to its parent. */
  readonly via?: Traversal;
  /** One row per relationship to the parent (the …Facts fields) instead of one per item. */
  readonly facts?: boolean;
}

/** Root lists have the single scope `null`; parents' lists have one scope per parent id. */
export type Scope = string | null;

export function listQuery(req: ListRequest, scopes: readonly Scope[]): CypherQuery {
  return pagedStatement(rowSource(req), req.sort.direction, req.window, req.withTotal, scopes);
}

export async function listEntities(reader: GraphReader, req: ListRequest, scopes: readonly Scope[]): Promise<Map<Scope, Page<EntityRecord>>> {
  return readPages(reader, listQuery({ ...req, facts: false }, scopes), req.window, toEntityRecord);
}

export async function listFacts(reader: GraphReader, req: ListRequest, scopes: readonly Scope[]): Promise<Map<Scope, Page<FactRecord>>> {
  return readPages(reader, listQuery({ ...req, facts: true }, scopes), req.window, toFactRecord);
}

function rowSource(req: ListRequest): RowSource {
  const filter = filterClauses(req.label, req.filter);
  const lead = filter.leads.map((l) => `${l}\n  `).join('');
  const keys = [sortExpression(req.sort.field), 'n.id'];
  const item = `n:${req.label}`;
  if (!req.via) {
    return { match: `${lead}MATCH (${item})`, where: filter.where, row: 'n', keys, project: entityProjection('n'), params: filter.params };
  }
  // The parent is `m`, found by its id; when the list takes in its subtypes, `m` is each of
  // them in turn (walking down once from the parent, not up from every item).
  const anchor = req.via.rollUp && rollsUp(req.via) ? subtreeRows('[scope]', 'm') : 'MATCH (m:Entity {id: scope})';
  const { pattern } = traversalPattern({ ...req.via, rollUp: false }, item, 'r', 'm');
  const [subject, object] = req.via.direction === 'out' ? ['n', 'm'] : ['m', 'n'];
  return {
    match: `${lead}${anchor}\n  MATCH ${pattern}`,
    where: filter.where,
    row: req.facts ? 'n, r, m' : 'n',
    keys: req.facts ? [...keys, 'm.id'] : keys,
    project: req.facts ? factProjection('r', subject, object) : entityProjection('n'),
    params: filter.params,
  };
}
