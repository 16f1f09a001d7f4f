import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import { idChecksOf, unknownIdsExpr, unknownIdsOf, type UnknownIds } from '../compile/unknown-ids.ts';
import { apiRelationshipField } from '../../model/api-fields.ts';
import { REL } from '../../model/kinds.ts';
import type { EntityRecord } from '../../model/records.ts';
import { farKind, rollsUp, type Traversal } from '../../model/relations.ts';
import type { GraphReader } from '../../neo4j/graph-reader.ts';
import { projectEntity } from '../compile/entity-projection.ts';
import { filterCypher } from '../compile/filters.ts';
import { traversalPattern } from '../compile/patterns.ts';
import type { EntityPlan } from '../compile/read-plan.ts';
import { displayOrder } from '../compile/sort.ts';
import type { CypherQuery } from '../cypher-query.ts';

type TherapyFilterInput = Readonly<Record<string, unknown>> | null | undefined;

/**
 * The facet groups over related nodes: the relationship therapies are counted along, and
 * the TherapyFilter field of the same dimension, which that group's counts leave out
 * (disjunctive faceting: with `routes: ["oral"]`, byRoute still counts the intravenous
 * therapies the user would get by adding that route). Cancer types roll up to their ancestors.
 */
const relationGroups = {
  byCancerType: { traversal: apiRelationshipField('Therapy', 'cancerTypes').traversal, dimension: 'cancerTypes' },
  byRoute: { traversal: apiRelationshipField('Therapy', 'routes').traversal, dimension: 'routes' },
  byBiomarker: { traversal: apiRelationshipField('Therapy', 'targets').traversal, dimension: 'targets' },
} as const satisfies Record<string, { traversal: Traversal; dimension: string }>;

/** One group a client asked for (a field of TherapyFacets, with its arguments). */
export type FacetRequest =
  | { readonly group: 'total' }
  | { readonly group: 'byKind' }
  | { readonly group: 'byRoute' | 'byBiomarker'; readonly limit: number }
  /** `parent` null: top-level cancer types only; an id: the direct subtypes of that type. */
  | { readonly group: 'byCancerType'; readonly limit: number; readonly parent: string | null };

export interface NodeCount {
  readonly node: EntityRecord;
  readonly count: number;
}

export interface KindCount {
  readonly kind: string;
  readonly count: number;
}

export type FacetAnswer = number | NodeCount[] | KindCount[];

/** The therapies a group counts, once each (`n`): those matching the filter without `dimension`. */
function matching(n: Cypher.Node, filter: TherapyFilterInput, dimension?: string): Cypher.Clause {
  const { leads, predicates } = filterCypher('Therapy', n, dimension ? { ...filter, [dimension]: undefined } : (filter ?? null));
  return Cypher.utils.concat(...leads, new Cypher.Match(new Cypher.Pattern(n, { labels: ['Therapy'] })).where(Cypher.and(...predicates)), new Cypher.With(n).distinct());
}

/** One group's answer as a CALL subquery returning `out`; buckets are projected as `buckets` selects. */
function groupSubquery(filter: TherapyFilterInput, r: FacetRequest, buckets: EntityPlan, out: Cypher.Variable): Cypher.Clause {
  const n = new Cypher.Node();
  const count = new Cypher.Variable();
  if (r.group === 'total') return Cypher.utils.concat(matching(n, filter), new Cypher.Return([Cypher.count(n), out]));
  if (r.group === 'byKind') {
    const kind = new Cypher.Variable();
    const counted = new Cypher.With([n.property('kind'), kind], [Cypher.count('*'), count]).orderBy([count, 'DESC'], kind);
    return Cypher.utils.concat(matching(n, filter, 'kinds'), counted.return([Cypher.collect(new Cypher.Map({ kind, count })), out]));
  }
  const spec = relationGroups[r.group];
  const far = new Cypher.Node();
  const bucket = new Cypher.Node();
  const reached = rollsUp(spec.traversal)
    ? traversalPattern(n, spec.traversal, undefined, far).related({ type: REL.SUBTYPE_OF, direction: 'right', length: { min: 0 } }).to(bucket, { labels: ['CancerType'] })
    : traversalPattern(n, spec.traversal, undefined, bucket);
  const parent = new Cypher.Pattern(bucket).related({ type: REL.SUBTYPE_OF, direction: 'right' });
  const level =
    r.group !== 'byCancerType'
      ? undefined
      : r.parent === null
        ? Cypher.not(new Cypher.Exists(new Cypher.Match(parent.to())))
        : new Cypher.Exists(new Cypher.Match(parent.to({ labels: ['Entity'], properties: { id: new Cypher.Param(r.parent) } })));
  const [byName, byId] = displayOrder(bucket, farKind(spec.traversal));
  const counted = new Cypher.Match(reached)
    .where(Cypher.and(level))
    .with(bucket, [Cypher.count(n).distinct(), count])
    .orderBy([count, 'DESC'], byName, byId)
    .limit(new Cypher.Param(neo4j.int(r.limit)))
    .return([Cypher.collect(new Cypher.Map({ node: projectEntity(buckets, bucket), count })), out]);
  return Cypher.utils.concat(matching(n, filter, spec.dimension), counted);
}

/**
 * Every facet group asked for, in one statement: one CALL subquery per group (each matches
 * its own therapies, since each leaves out its own dimension), one row of answers.
 */
export function facetsQuery(filter: TherapyFilterInput, requests: readonly FacetRequest[], buckets: EntityPlan): CypherQuery {
  const outs = requests.map(() => new Cypher.Variable());
  const statement = Cypher.utils.concat(
    ...requests.map((r, i) => new Cypher.Call(groupSubquery(filter, r, buckets, outs[i]!), [])),
    new Cypher.Return(...outs.map((o, i): [Cypher.Expr, string] => [o, `g${i}`]), [unknownIdsExpr(idChecksOf('Therapy', filter ?? null)), 'unknownIds']),
  );
  const { cypher, params } = statement.build();
  return { cypher, params };
}

/** The answers, in the order asked, and the filter's ids that name nothing (read by the same statement: unknown-ids.ts). */
export async function therapyFacets(
  reader: GraphReader,
  filter: TherapyFilterInput,
  requests: readonly FacetRequest[],
  buckets: EntityPlan,
): Promise<{ answers: FacetAnswer[]; unknownIds: UnknownIds }> {
  if (requests.length === 0) return { answers: [], unknownIds: {} };
  const q = facetsQuery(filter, requests, buckets);
  const [row] = await reader.read<Record<string, unknown>>(q.cypher, q.params);
  return { answers: requests.map((_, i) => row![`g${i}`] as FacetAnswer), unknownIds: unknownIdsOf(row!.unknownIds as [string, string][]) };
}
