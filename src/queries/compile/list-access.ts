import Cypher from '@neo4j/cypher-builder';

/*
 * List access by an expression: cypher-builder 3 writes `list[i]` and `list[a..b]` only with
 * literal numbers (listIndex, listRange), and a page size or a step index is a parameter or
 * a variable. Both parts are compiled expressions; only the brackets are written here.
 */

/** `list[index]`. */
export function at(list: Cypher.Expr, index: Cypher.Expr): Cypher.Expr {
  return new Cypher.Raw((ctx) => `${ctx.compile(list)}[${ctx.compile(index)}]`);
}

/** `list[..end]`: the first `end` items. */
export function upTo(list: Cypher.Expr, end: Cypher.Expr): Cypher.Expr {
  return new Cypher.Raw((ctx) => `${ctx.compile(list)}[..${ctx.compile(end)}]`);
}
