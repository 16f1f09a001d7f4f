/**
 * The ids the workloads ask about, the same on both graphs (the synthetic graph keeps the
 * curated entities), checked to exist before anything runs; and the client-side knowledge
 * a user of @neo4j/graphql needs (the subtypes of the cancer type filtered on).
 */
import type { GraphReader } from '../../src/neo4j/graph-reader.ts';
import { expandSubtypes } from './subtypes.ts';

export interface WorkloadContext {
  route: string;
  cancerType: string;
  /** `cancerType` and all its subtypes, read through @neo4j/graphql. */
  cancerTypeAndSubtypes: string[];
  /** Hub of the neighborhood. */
  hub: string;
  /** The therapy whose provenance is read, and where the shortest paths start. */
  therapy: string;
  /** Where the shortest paths end. */
  pathTarget: string;
  searchText: string;
}

const IDS = { route: 'oral', cancerType: 'leukemia', hub: 'leukemia', therapy: 'imatinib', pathTarget: 'breast-cancer' };

export async function workloadContext(reader: GraphReader, neo4jGraphqlUrl: string): Promise<WorkloadContext> {
  const wanted = [...new Set(Object.values(IDS))];
  const found = await reader.read<{ id: string }>('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id', { ids: wanted });
  const missing = wanted.filter((id) => !found.some((f) => f.id === id));
  if (missing.length) throw new Error(`bench: the graph has no node ${missing.join(', ')}; the workloads need them`);
  return { ...IDS, cancerTypeAndSubtypes: await expandSubtypes(neo4jGraphqlUrl, [IDS.cancerType]), searchText: 'leukemia' };
}
