import Cypher from '@neo4j/cypher-builder';

/**
 * A parameter that stays a parameter when its value is null. cypher-builder writes a null
 * Param as the literal `NULL`, which would put the value back into the statement's text: a
 * filter field left out would give other text than one given, and Neo4j would plan each
 * combination anew (src/queries/compile/filters.ts keeps one text for all of them).
 */
export class NullableParam extends Cypher.Param {
  override get isNull(): boolean {
    return false;
  }
}
