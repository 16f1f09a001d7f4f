/** The workloads, built for the graph at hand. */
import type { FloorRunner } from '../floor.ts';
import { workloadContext } from './context.ts';
import { facts50 } from './facts50.ts';
import { flagship } from './flagship.ts';
import { neighborhood } from './neighborhood.ts';
import { page50 } from './page50.ts';
import { paths } from './paths.ts';
import { provenance } from './provenance.ts';
import { search } from './search.ts';
import type { Workload } from './workload.ts';

export async function buildWorkloads(graph: string, driver: FloorRunner, neo4jGraphqlUrl: string): Promise<Workload[]> {
  const c = await workloadContext(graph, driver, neo4jGraphqlUrl);
  return [flagship(c), page50(), facts50(), search(c), neighborhood(c), paths(c), provenance(c)];
}
