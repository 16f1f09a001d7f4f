/**
 * The ids the workloads ask about, per graph, checked to exist before anything runs; and the
 * client-side knowledge a user of @neo4j/graphql needs (the subtypes of the cancer type
 * filtered on). graph-seed: the curated entities. The synthetic graph names its entities
 * `<kind>-<n>` and draws facts skewed towards low numbers, so `cancer-type-0` is its biggest
 * hub; its path target and search word are read from the graph (see below).
 */
import type { FloorRunner } from '../floor.ts';
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
  /** Where the shortest paths end: a cancer type two or more steps from `therapy`. */
  pathTarget: string;
  searchText: string;
}

type Ids = Omit<WorkloadContext, 'cancerTypeAndSubtypes'>;

const CURATED: Ids = { route: 'oral', cancerType: 'leukemia', hub: 'leukemia', therapy: 'imatinib', pathTarget: 'breast-cancer', searchText: 'leukemia' };

export async function workloadContext(graph: string, driver: FloorRunner, neo4jGraphqlUrl: string): Promise<WorkloadContext> {
  const ids = graph === 'synthetic' ? await syntheticIds(driver) : CURATED;
  const wanted = [...new Set([ids.route, ids.cancerType, ids.hub, ids.therapy, ids.pathTarget])];
  const found = await driver.run({ cypher: 'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id', params: { ids: wanted } });
  const missing = wanted.filter((id) => !found.some((f) => f.id === id));
  if (missing.length) throw new Error(`bench: the ${graph} graph has no node ${missing.join(', ')}; the workloads need them`);
  return { ...ids, cancerTypeAndSubtypes: await expandSubtypes(neo4jGraphqlUrl, [ids.cancerType]) };
}

/**
 * therapy-0; as path target, the parent of one of its cancer types that it is not used for
 * itself (two steps away, so there are a few shortest paths rather than one edge); as search
 * text, the drug name in therapy-0's name (a rare word: a handful of hits, no ties to cut).
 */
async function syntheticIds(driver: FloorRunner): Promise<Ids> {
  const therapy = 'therapy-0';
  const [row] = (await driver.run({
    cypher: `MATCH (t:Therapy {id: $therapy})
      OPTIONAL MATCH (t)-[:USED_FOR]->(:CancerType)-[:SUBTYPE_OF]->(p:CancerType) WHERE NOT (t)-[:USED_FOR]->(p)
      WITH t, p ORDER BY p.id LIMIT 1
      RETURN t.name AS name, p.id AS target`,
    params: { therapy },
  })) as { name: string; target: string | null }[];
  if (!row?.target) throw new Error(`bench: ${therapy} has no cancer type two steps away; is this the synthetic graph?`);
  return { route: 'delivery-route-0', cancerType: 'cancer-type-0', hub: 'cancer-type-0', therapy, pathTarget: row.target, searchText: row.name.split(' ')[0]! };
}
