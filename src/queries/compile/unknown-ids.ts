import Cypher from '@neo4j/cypher-builder';
import { filterFields, filterValue, idKind, takesIds } from '../../model/filters.ts';
import { ENTITY_LABEL, type KindName } from '../../model/kinds.ts';

/** A filter field whose values are ids, and the kind they must name (undefined: any entity). */
export interface IdField {
  readonly field: string;
  readonly ids: readonly string[];
  readonly kind: KindName | undefined;
}

/**
 * The ids of a filter that name no entity of the kind their field expects (`targets:
 * ["egfr-x"]`, or `targets: ["imatinib"]`, a therapy where a biomarker is expected), by
 * field: `{targets: ["egfr-x"]}`. Part of the list's own statement, so reporting them
 * (extensions.warnings) costs no round trip: one seek of the unique index on `Entity.id`
 * per id. Undefined when no field holds ids.
 */
export function unknownIdsExpr(fields: readonly IdField[]): Cypher.Expr | undefined {
  if (fields.length === 0) return undefined;
  return new Cypher.Map(
    Object.fromEntries(
      fields.map((f) => {
        const id = new Cypher.Variable();
        const m = new Cypher.Node();
        const found = new Cypher.Match(new Cypher.Pattern(m, { labels: [ENTITY_LABEL], properties: { id } })).where(f.kind ? m.hasLabel(f.kind) : undefined);
        return [f.field, new Cypher.ListComprehension(id).in(new Cypher.Param([...f.ids])).where(Cypher.not(new Cypher.Exists(found)))];
      }),
    ),
  );
}

/**
 * Every id field of a `<Kind>Filter`, with the values the input gives it as the list's
 * statement matches them (lower-case; none when unset): all of them whatever the input sets,
 * so the statement's text depends on the kind only and Neo4j's plan cache hits.
 */
export function idFieldsOf(kind: KindName | typeof ENTITY_LABEL, input: Readonly<Record<string, unknown>> | null): IdField[] {
  if (kind === ENTITY_LABEL) return [];
  return Object.entries(filterFields[kind]).flatMap(([field, spec]) => {
    if (!takesIds(spec)) return [];
    return [{ field, ids: (filterValue(spec, input?.[field]) as string[] | undefined) ?? [], kind: idKind(kind, spec) }];
  });
}

/** Unknown ids by filter field, as the statement returned them (fields without any left out). */
export type UnknownIds = Readonly<Record<string, readonly string[]>>;
