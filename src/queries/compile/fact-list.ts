import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import { ENTITY_LABEL, type KindName } from '../../model/kinds.ts';
import { factTypes, type FactType } from '../../model/relations.ts';
import type { CypherQuery } from '../cypher-query.ts';
import type { GraphReader } from '../../neo4j/graph-reader.ts';
import type { FactRecord } from '../entities/fact-record.ts';
import type { Page, Window } from './window.ts';
import { pageOf, readRootPage, rootPageStatement } from './list-statement.ts';
import { factExpr } from './facts.ts';
import { pageExpr, type RowSource } from './page.ts';
import { anyOf } from './patterns.ts';
import type { FactPlan } from './read-plan.ts';
import { unknownIdsExpr, unknownIdsOf, type UnknownIds } from './unknown-ids.ts';

/**
 * The filter of the root `facts` list, checked: each field given constrains, fields are
 * ANDed, values within a list ORed. Citation ids are lower-case (the seed's slugs).
 */
export interface FactFilter {
  readonly relationships?: readonly FactType[];
  /** The fact cites any of these. */
  readonly citations?: readonly string[];
  /** How many citations the fact names, at least and at most. */
  readonly minCitations?: number;
  readonly maxCitations?: number;
  readonly subjectKinds?: readonly KindName[];
}

/** One page of the root `facts` list, ordered by relationship type, subject id, object id. */
export interface FactListPlan {
  readonly filter: FactFilter;
  readonly window: Window;
  readonly withTotal: boolean;
  readonly items: FactPlan;
}

/** The sort key's length, for the list's cursors: type, subject id, object id. */
export const FACT_LIST_KEY_LENGTH = 3;

/**
 * The one statement of `facts(filter, ...)`: every fact relationship (the model's fact
 * types), filtered by parameters only (so the text is the same for every value and Neo4j's
 * plan cache hits), paged by keyset on (type, subject id, object id) like every list
 * (pageExpr), each row projected as the selection asks (factExpr: both ends, citations in the
 * same statement), the total when selected; and the filter's citation ids that name no
 * citation (unknown-ids.ts). A fact names its citations in a list property, which no index
 * covers: the filter reads every fact relationship once.
 */
export function factListStatement(plan: FactListPlan): CypherQuery {
  const filter = filterPredicates(plan.filter);
  const vars: [Cypher.Node, Cypher.Relationship, Cypher.Node] = [new Cypher.Node(), new Cypher.Relationship(), new Cypher.Node()];
  const [s, r, o] = vars;
  const facts = new Cypher.Pattern(s, { labels: [ENTITY_LABEL] }).related(r, { type: anyOf(factTypes), direction: 'right' }).to(o, { labels: [ENTITY_LABEL] });
  const source: RowSource<typeof vars> = {
    bind: (predicates) => [new Cypher.Match(facts).where(Cypher.and(...filter(s, r), ...predicates))],
    vars,
    keys: [Cypher.type(r), s.property('id'), o.property('id')],
    direction: 'ASC',
    item: ([subject, rel, object]) => factExpr(plan.items, rel, subject, object),
  };
  const checks = (plan.filter.citations ?? []).map((id) => ({ field: 'citations', id, kind: 'Citation' as const }));
  return rootPageStatement(pageExpr(source, plan.window, plan.withTotal), [[unknownIdsExpr(checks), 'unknownIds']]);
}

/** The filter as parameters, made once so that the page and its count share them. */
function filterPredicates(f: FactFilter): (s: Cypher.Node, r: Cypher.Relationship) => Cypher.Predicate[] {
  // One map parameter: Neo4j keys a plan by the parameters' types, a list's length included
  // (filters.ts), and types a map as MAP whatever it holds.
  const values: Record<string, unknown> = {};
  const param = (name: string, value: unknown) => {
    values[name] = value;
    return map.property(name);
  };
  const map = new Cypher.Param(values);
  const relationships = f.relationships?.length ? param('relationships', [...f.relationships]) : undefined;
  const cited = f.citations?.length ? param('citations', [...f.citations]) : undefined;
  const min = f.minCitations === undefined ? undefined : param('minCitations', neo4j.int(f.minCitations));
  const max = f.maxCitations === undefined ? undefined : param('maxCitations', neo4j.int(f.maxCitations));
  const kinds = f.subjectKinds?.length ? param('subjectKinds', [...f.subjectKinds]) : undefined;
  return (s, r) => {
    const citations = Cypher.coalesce(r.property('citations'), new Cypher.List([]));
    const c = new Cypher.Variable();
    const label = new Cypher.Variable();
    const all: (Cypher.Predicate | undefined)[] = [
      relationships && Cypher.in(Cypher.type(r), relationships),
      cited && Cypher.any(c, citations, Cypher.in(c, cited)),
      min && Cypher.gte(Cypher.size(citations), min),
      max && Cypher.lte(Cypher.size(citations), max),
      kinds && Cypher.any(label, Cypher.labels(s), Cypher.in(label, kinds)),
    ];
    return all.filter((p): p is Cypher.Predicate => p !== undefined);
  };
}

/** The page, and the citation ids of the filter that name no citation (found by the same statement). */
export async function readFactList(reader: GraphReader, plan: FactListPlan): Promise<{ page: Page<FactRecord>; unknownIds: UnknownIds }> {
  const { page, columns } = await readRootPage<{ unknownIds: [string, string][] }>(reader, factListStatement(plan));
  return { page: pageOf(page, plan), unknownIds: unknownIdsOf(columns.unknownIds) };
}
