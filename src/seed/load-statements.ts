/**
 * The Cypher of a seed load. Labels and relationship types are written into the text (Cypher
 * cannot take them as parameters) and come only from kinds.ts; every value is a parameter.
 */
import {
  DISTINCT_BY,
  ENTITY_LABEL,
  KIND_NAMES,
  RELATIONSHIP_TYPES,
  SEED_HASH_PROPERTY,
  SEED_LOCK_LABEL,
  SEED_SINGLETON_ID,
  type KindName,
  type RelationshipType,
} from '../model/kinds.ts';
import { storedSortKeys } from '../model/sort.ts';

/** Writing to the lock node holds its write lock until commit: a second load waits here. */
export const LOCK_CYPHER = `MERGE (l:${SEED_LOCK_LABEL} {id: '${SEED_SINGLETON_ID}'}) SET l.at = timestamp()`;

/**
 * `$rows`: `{id, properties}`. A node whose kind changed (its id moved from one file to
 * another) loses its old kind label; SET n = replaces all properties, so an attribute
 * removed from the seed disappears from the graph. The kind's stored sort keys
 * (src/model/sort.ts: `nameSortKey = toLower(name)`) are written beside its properties, by
 * Neo4j's own toLower, the function the sort used before the key was stored.
 */
export function nodeCypher(label: KindName): string {
  const others = KIND_NAMES.filter((k) => k !== label);
  const keys = storedSortKeys(label).map(([key, from]) => `, n.${key} = toLower(row.properties.${from})`);
  return `
UNWIND $rows AS row
MERGE (n:${ENTITY_LABEL} {id: row.id})
SET n = row.properties, n.${SEED_HASH_PROPERTY} = $hash${keys.join('')}
SET n:${label}
REMOVE n:${others.join(':')}`;
}

/** `$rows`: `{from, to, properties}`; both ends exist (loadSeed checks before it starts). */
export function relationshipCypher(type: RelationshipType): string {
  const distinct = DISTINCT_BY[type];
  const key = distinct ? ` {${distinct}: row.properties.${distinct}}` : '';
  return `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})
MATCH (b:${ENTITY_LABEL} {id: row.to})
MERGE (a)-[r:${type}${key}]->(b)
SET r = row.properties, r.${SEED_HASH_PROPERTY} = $hash`;
}

/** Not written by this load: left over from an earlier seed, or never written by a load at all. */
const stale = (v: string) => `${v}.${SEED_HASH_PROPERTY} IS NULL OR ${v}.${SEED_HASH_PROPERTY} <> $hash`;

export const REMOVE_STALE_RELATIONSHIPS_CYPHER = `
MATCH (:${ENTITY_LABEL})-[r:${RELATIONSHIP_TYPES.join('|')}]->(:${ENTITY_LABEL}) WHERE ${stale('r')}
DELETE r RETURN count(*) AS count`;

export const REMOVE_STALE_NODES_CYPHER = `MATCH (n:${ENTITY_LABEL}) WHERE ${stale('n')} DETACH DELETE n RETURN count(*) AS count`;
