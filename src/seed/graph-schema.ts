/**
 * The constraints and indexes the seeded graph relies on, created idempotently in a schema
 * transaction of their own (Neo4j does not mix schema and data changes in one transaction).
 *
 * - `entity_id`: Entity.id is unique, and MERGE on it is an index lookup.
 * - `seed_meta_id`, `seed_lock_id`: make MERGE of the singleton nodes take a lock on the
 *   index entry, so that two loads starting on an empty database still serialize.
 * - a lookup index per (label, attribute) marked `indexed` in kinds.ts (names, kinds, status).
 * - a range index per sort of each label that a list reads its order from (SORT_INDEXES in
 *   src/model/sort.ts: `Therapy(id)`, `Therapy(nameSortKey, id)`, ...): an unfiltered page
 *   then reads the first `first + 1` entries of the index and stops. The unique constraint is on
 *   Entity.id, which cannot order a list of one label.
 * - `entity_search`: full-text over the `searchable` attributes of every Entity. Neo4j 5.26
 *   indexes lists of strings (aliases) in full-text indexes directly, so no joined copy is
 *   stored; test/seed/load.test.ts finds a node by an alias to keep that true.
 */
import type { Driver } from 'neo4j-driver';
import {
  ENTITY_LABEL,
  INDEXED_PROPERTIES,
  SEARCHABLE_PROPERTIES,
  SEED_LOCK_LABEL,
  SEED_META_LABEL,
} from '../model/kinds.ts';
import { SORT_INDEXES } from '../model/sort.ts';

export const FULLTEXT_INDEX = 'entity_search';

const snake = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

function schemaStatements(): string[] {
  const unique = (name: string, label: string) => `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`;
  return [
    unique('entity_id', ENTITY_LABEL),
    unique('seed_meta_id', SEED_META_LABEL),
    unique('seed_lock_id', SEED_LOCK_LABEL),
    ...rangeIndexes().map(
      ([label, properties]) =>
        `CREATE INDEX ${[label, ...properties].map(snake).join('_')} IF NOT EXISTS FOR (n:${label}) ON (${properties.map((p) => `n.${p}`).join(', ')})`,
    ),
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON EACH [${SEARCHABLE_PROPERTIES.map((p) => `n.${p}`).join(', ')}]`,
  ];
}

/** The lookup and sort indexes, each (label, properties) once. */
function rangeIndexes(): (readonly [string, readonly string[]])[] {
  const all = [...INDEXED_PROPERTIES.map(([label, property]) => [label, [property]] as const), ...SORT_INDEXES];
  return [...new Map(all.map((index) => [index.flat().join('.'), index] as const)).values()];
}

/** Creates what is missing, replaces a full-text index whose properties changed, waits until all are online. */
export async function ensureGraphSchema(driver: Driver, database: string, waitSeconds = 300): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      const existing = await tx.run(
        'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties WHERE name = $name RETURN labelsOrTypes, properties',
        { name: FULLTEXT_INDEX },
      );
      const found = existing.records[0];
      const wanted = JSON.stringify({ labels: [ENTITY_LABEL], properties: [...SEARCHABLE_PROPERTIES].sort() });
      const current = found && JSON.stringify({ labels: found.get('labelsOrTypes'), properties: [...found.get('properties')].sort() });
      if (found && current !== wanted) await tx.run(`DROP INDEX ${FULLTEXT_INDEX}`);
      for (const statement of schemaStatements()) await tx.run(statement);
    });
    await session.run('CALL db.awaitIndexes($seconds)', { seconds: waitSeconds });
  } finally {
    await session.close();
  }
}
