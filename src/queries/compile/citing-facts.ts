import Cypher from '@neo4j/cypher-builder';
import { factTypes } from '../../model/relations.ts';
import { factExpr } from './facts.ts';
import { pageExpr, type RowSource } from './page.ts';
import { anyOf } from './patterns.ts';
import type { CitingFactsPlan } from './read-plan.ts';

/** The list `Citation.supports` pages; its sort key has three parts (cursors check the length). */
export const citingFactsList = { name: 'Citation.supports', keyLength: 3 } as const;

/**
 * A page of the facts citing citation `c` (`Citation.supports`), ordered by relationship
 * type, subject id and object id. A fact names its citations in a list property, which no
 * index covers, so each citation's page scans the fact relationships once.
 */
export function citingFactsExpr(plan: CitingFactsPlan, c: Cypher.Node): Cypher.Expr {
  const { vars, match, keys } = citingFacts(c);
  const source: RowSource<typeof vars> = {
    bind: (predicates) => [match(predicates)],
    vars,
    keys,
    direction: 'ASC',
    item: ([subject, rel, object]) => factExpr(plan.items, rel, subject, object),
  };
  return pageExpr(source, plan.window, plan.withTotal);
}

/**
 * The facts `(s)-[r]->(o)` whose `citations` name citation `c`: their variables, the MATCH
 * (with more predicates), and their order (relationship type, subject id, object id).
 */
export function citingFacts(c: Cypher.Node) {
  const vars: [Cypher.Node, Cypher.Relationship, Cypher.Node] = [new Cypher.Node(), new Cypher.Relationship(), new Cypher.Node()];
  const [s, r, o] = vars;
  const facts = new Cypher.Pattern(s, { labels: ['Entity'] }).related(r, { type: anyOf(factTypes), direction: 'right' }).to(o, { labels: ['Entity'] });
  return {
    vars,
    match: (predicates: readonly Cypher.Predicate[] = []) => new Cypher.Match(facts).where(Cypher.and(Cypher.in(c.property('id'), r.property('citations')), ...predicates)),
    keys: [Cypher.type(r), s.property('id'), o.property('id')],
  };
}
