import Cypher from '@neo4j/cypher-builder';

/**
 * A list parameter wrapped in a map, read back as `$param0.<name>`. Neo4j keys its plan cache
 * by the statement's text and its parameters' types, and a list's type there carries its
 * length: `$ids` of 2 and of 3 ids are two plans, each planned from scratch (0.5-1 s on this
 * machine under load; see filters.ts, 84526d6). A map is typed MAP whatever it holds, so one
 * text is one plan. `n.id IN $param0.ids` is still a seek of the unique index on Entity.id.
 */
export function listParam(name: string, values: readonly unknown[]): Cypher.Expr {
  return new Cypher.Param({ [name]: [...values] }).property(name);
}
