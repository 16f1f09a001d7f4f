/** The six workloads, built for the graph at hand. */
import type { GraphReader } from '../../src/neo4j/graph-reader.ts';
import { workloadContext } from './context.ts';
import { flagship } from './flagship.ts';
import { neighborhood } from './neighborhood.ts';
import { page50 } from './page50.ts';
import { paths } from './paths.ts';
import { provenance } from './provenance.ts';
import { search } from './search.ts';
import type { Workload } from './workload.ts';

export async function buildWorkloads(graph: string, reader: GraphReader, neo4jGraphqlUrl: string): Promise<Workload[]> {
  const c = await workloadContext(graph, reader, neo4jGraphqlUrl);
  return [flagship(c), page50(), search(c), neighborhood(c), paths(c), provenance(c)];
}
