import type { GraphReader } from '../../neo4j/graph-reader.ts';
import { KIND_NAMES, SEED_META_LABEL, SEED_SINGLETON_ID } from '../../model/kinds.ts';
import type { CypherQuery } from '../cypher-query.ts';

export interface MetaRecord {
  /** Null when the graph has not been seeded. */
  readonly seedVersion: string | null;
  /** The seed's release version (graph-seed/RELEASE); null when it names none. */
  readonly release: string | null;
  readonly loadedAt: string | null;
  /** Every kind, largest first, then by label. */
  readonly counts: readonly { label: string; count: number }[];
}

/** The SeedMeta node and a count per kind, from Neo4j's count store (constant time). */
export function seedMetaQuery(): CypherQuery {
  const counts = KIND_NAMES.map((k) => `{label: '${k}', count: COUNT { (:${k}) }}`).join(', ');
  return {
    cypher: `
OPTIONAL MATCH (m:${SEED_META_LABEL} {id: '${SEED_SINGLETON_ID}'})
RETURN m.hash AS seedVersion, m.release AS release, m.loadedAt AS loadedAt, [${counts}] AS counts`,
    params: {},
  };
}

export async function seedMeta(reader: GraphReader): Promise<MetaRecord> {
  const q = seedMetaQuery();
  const [row] = await reader.read<MetaRecord>(q.cypher, q.params);
  const counts = [...(row?.counts ?? [])].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return { seedVersion: row?.seedVersion ?? null, release: row?.release ?? null, loadedAt: row?.loadedAt ?? null, counts };
}
