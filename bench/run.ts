/**
 * `npm run bench`: our API vs @neo4j/graphql vs the floor (a hand-written statement), on the shipped graph-seed and
 * on the synthetic scaled graph (bench-graph.ts runs one). Each graph's results go to
 * bench/results/<graph>.json as soon as it is done, and the tables into BENCHMARKS.md; a
 * quick or CPU-profiled run is not for comparison, so it writes to bench/results/scratch/
 * instead and leaves BENCHMARKS.md alone. The run's tables go to stdout. Exit code 1 when
 * any graph failed (its answers differed, or it could not be loaded or served). Settings:
 * see settings.ts.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config.ts';
import { benchGraph } from './bench-graph.ts';
import { updateBenchmarksMd } from './benchmarks-md.ts';
import { GRAPHS, type GraphId } from './graphs.ts';
import { openBenchNeo4j } from './neo4j.ts';
import { renderResults } from './render.ts';
import { readResults, writeResult, type GraphResult } from './results.ts';
import { readSettings } from './settings.ts';

const resultsDir = path.join(projectRoot, 'bench', 'results');
const log = (line: string) => console.error(`[bench] ${line}`);

async function main(): Promise<number> {
  const settings = readSettings();
  const unknown = settings.graphs.filter((g) => !(g in GRAPHS));
  if (unknown.length) throw new Error(`unknown graph ${unknown.join(', ')} (known: ${Object.keys(GRAPHS).join(', ')})`);
  const neo4j = await openBenchNeo4j();
  log(`Neo4j ${neo4j.version} at ${neo4j.uri} (${neo4j.source})`);
  const official = !settings.quick && !settings.cpuProf;
  const outDir = official ? resultsDir : path.join(resultsDir, 'scratch');
  mkdirSync(outDir, { recursive: true });
  const results: GraphResult[] = [];
  let failed = 0;
  try {
    for (const graph of settings.graphs as GraphId[]) {
      try {
        const result = await benchGraph(graph, neo4j, settings, resultsDir, (line) => log(`${graph}: ${line}`));
        results.push(result);
        log(`wrote ${writeResult(outDir, result)}`);
        if (result.failures.length) failed += 1;
      } catch (err) {
        failed += 1;
        log(`${graph} FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      }
      if (official) updateBenchmarksMd(path.join(projectRoot, 'BENCHMARKS.md'), renderResults(readResults(resultsDir)));
    }
  } finally {
    await neo4j.close();
  }
  console.log(renderResults(results));
  log(failed ? `${failed} graph(s) failed; see above` : official ? 'done; BENCHMARKS.md updated' : `done; results in ${outDir} (not for comparison)`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    log(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  },
);
