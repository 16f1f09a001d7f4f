/**
 * Run by all-or-nothing.test.ts as a separate process that the test SIGKILLs part-way
 * through a load. Loads a synthetic seed into the Neo4j given by the environment, printing
 * one line per progress report so the test knows when the load is well under way.
 */
import { createDriver } from '../../src/neo4j/driver.ts';
import { loadSeed } from '../../src/seed/load.ts';
import { syntheticSeedGraph } from '../../src/seed/synthetic.ts';

const env = process.env;
const driver = createDriver({ uri: env.NEO4J_URI!, user: env.NEO4J_USER!, password: env.NEO4J_PASSWORD!, connectTimeoutMs: 5000 });
const graph = syntheticSeedGraph({ nodes: Number(env.SYNTHETIC_NODES) });
await loadSeed(driver, env.NEO4J_DATABASE!, graph, {
  batchSize: 500,
  onProgress: (p) => process.stdout.write(`${p.phase} ${p.done}\n`),
});
process.stdout.write('committed\n');
await driver.close();
