import Cypher from '@neo4j/cypher-builder';
import { filterFields, filterValue, idKind, takesIds } from '../../model/filters.ts';
import { ENTITY_LABEL, type KindName } from '../../model/kinds.ts';

/** One id a filter gives: the field it came from and the kind it must name (undefined: any entity). */
export interface IdCheck {
  readonly field: string;
  readonly id: string;
  readonly kind: KindName | undefined;
}

/**
 * The ids of a filter that name no entity of the kind their field expects (`targets:
 * ["egfr-x"]`, or `targets: ["imatinib"]`, a therapy where a biomarker is expected), as
 * `[field, id]` pairs: one more column of the list's own statement, so reporting them
 * (extensions.warnings) costs no round trip, one seek of the unique index on `Entity.id` per id.
 *
 * One `COLLECT {}` over one parameter (the checks as `{field, id, kind}` maps, in a map:
 * `$p.checks`), whatever the filter: the statement's text is the same with ids or without,
 * and with no ids it reads nothing. The list is inside a map because Neo4j plans anew for
 * each length of a list parameter ([] vs one check vs two: three plans of one text; a map
 * is one type, see filters.ts). PROFILE on the shipped graph: the first form, a map with one list comprehension
 * per id field (`[id IN $p WHERE NOT EXISTS {...}]`), stayed in the RETURN's projection as
 * nested plans, and that turned off Neo4j's property caching for the whole projection
 * (every sort key and projected property of the page read twice: page50 3,416 db hits with
 * it, 2,371 without, though its lists were empty; facts50 5,347 against 3,838; the flagship
 * 898 against 810). This form is planned as its own RollUpApply and leaves the caching on
 * (the same 2,371 and 3,838; the flagship 816: its two ids, one seek each).
 */
export function unknownIdsExpr(checks: readonly IdCheck[]): Cypher.Expr {
  const check = new Cypher.Variable();
  const n = new Cypher.Node();
  const kind = check.property('kind');
  const named = new Cypher.Match(new Cypher.Pattern(n, { labels: [ENTITY_LABEL], properties: { id: check.property('id') } })).where(
    Cypher.or(Cypher.isNull(kind), Cypher.in(kind, Cypher.labels(n))),
  );
  const param = new Cypher.Param({ checks: checks.map((c) => ({ field: c.field, id: c.id, kind: c.kind ?? null })) });
  const unknown = new Cypher.Unwind([param.property('checks'), check])
    .with(check)
    .where(Cypher.not(new Cypher.Exists(named)))
    .return(new Cypher.List([check.property('field'), check.property('id')]));
  return new Cypher.Collect(unknown);
}

/**
 * The ids of a `<Kind>Filter` to check, as the list's statement matches them (lower-case),
 * in the model's order of its fields; none for a list of any kind (it takes no filter).
 */
export function idChecksOf(kind: KindName | typeof ENTITY_LABEL, input: Readonly<Record<string, unknown>> | null): IdCheck[] {
  if (kind === ENTITY_LABEL) return [];
  return Object.entries(filterFields[kind]).flatMap(([field, spec]) => {
    if (!takesIds(spec)) return [];
    const ids = (filterValue(spec, input?.[field]) as string[] | undefined) ?? [];
    return ids.map((id) => ({ field, id, kind: idKind(kind, spec) }));
  });
}

/** Unknown ids by filter field (fields without any left out). */
export type UnknownIds = Readonly<Record<string, readonly string[]>>;

/** The `[field, id]` pairs the statement returned, by field. */
export function unknownIdsOf(pairs: readonly (readonly [string, string])[] | undefined): UnknownIds {
  const byField: Record<string, string[]> = {};
  for (const [field, id] of pairs ?? []) (byField[field] ??= []).push(id);
  return byField;
}
