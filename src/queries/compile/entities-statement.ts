import Cypher from '@neo4j/cypher-builder';
import { listParam } from './list-param.ts';
import type { KindName } from '../../model/kinds.ts';
import type { EntityRecord } from '../../model/records.ts';
import type { GraphReader } from '../../neo4j/graph-reader.ts';
import type { CypherQuery } from '../cypher-query.ts';
import { projectEntity } from './entity-projection.ts';
import type { EntityPlan } from './read-plan.ts';

/**
 * The one statement of a lookup (`therapy(id)`, `node(id)`, `nodes(ids)`): the entities with
 * these ids, found by one seek of the unique index on `Entity.id`, of `kind` when given (an
 * id of another kind is a miss), each with everything the selection reads.
 */
export function entitiesStatement(ids: readonly string[], plan: EntityPlan, kind?: KindName): CypherQuery {
  const n = new Cypher.Node();
  const match = new Cypher.Match(new Cypher.Pattern(n, { labels: ['Entity'] })).where(
    Cypher.and(Cypher.in(n.property('id'), listParam('ids', ids)), kind ? n.hasLabel(kind) : undefined),
  );
  const { cypher, params } = match.return([projectEntity(plan, n), 'node']).build();
  return { cypher, params };
}

/** The entities found, by id; `q` is entitiesStatement(ids, plan, kind), given when the caller has it already. */
export async function readEntities(
  reader: GraphReader,
  ids: readonly string[],
  plan: EntityPlan,
  kind?: KindName,
  q: CypherQuery = entitiesStatement(ids, plan, kind),
): Promise<Map<string, EntityRecord>> {
  const rows = await reader.read<{ node: EntityRecord }>(q.cypher, q.params);
  return new Map(rows.map((r) => [r.node.id, r.node]));
}
