/**
 * `npm run bench`: our API vs @neo4j/graphql vs the raw driver, on the shipped graph-seed and
 * on the synthetic scaled graph. For each graph: load it into the bench's own Neo4j, start
 * both GraphQL servers as child processes, check that the three give the same ids for every
 * workload (exit 1 if not), measure, and write bench/results/<graph>.json; at the end the
 * tables go to stdout and into BENCHMARKS.md. Settings: see settings.ts.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config.ts';
import { GraphReader } from '../src/neo4j/graph-reader.ts';
import { updateBenchmarksMd } from './benchmarks-md.ts';
import type { ChildServer } from './child-server.ts';
import { emptyGraph, GRAPHS, loadGraph, type GraphId } from './graphs.ts';
import { profileCypher } from './cypher-profile.ts';
import { describeMachine } from './machine.ts';
import { measure } from './measure.ts';
import { openBenchNeo4j, type BenchNeo4j } from './neo4j.ts';
import { renderResults } from './render.ts';
import { checkTargets, readResults, writeResult, type GraphResult, type WorkloadResult } from './results.ts';
import { readRss } from './rss.ts';
import { startNeo4jGraphql, startOurApi } from './servers.ts';
import { statementCounter } from './statements.ts';
import { readSettings, type Settings } from './settings.ts';
import { CONTENDERS, ratios, round, summarize } from './summary.ts';
import { verifyWorkload } from './verify.ts';
import { buildWorkloads } from './workloads/index.ts';

const resultsDir = path.join(projectRoot, 'bench', 'results');
const log = (line: string) => console.error(`[bench] ${line}`);

async function main(): Promise<void> {
  const settings = readSettings();
  for (const g of settings.graphs) if (!(g in GRAPHS)) throw new Error(`bench: unknown graph "${g}" (known: ${Object.keys(GRAPHS).join(', ')})`);
  const neo4j = await openBenchNeo4j();
  log(`Neo4j ${neo4j.version} at ${neo4j.uri} (${neo4j.source})`);
  try {
    for (const graph of settings.graphs as GraphId[]) {
      const result = await benchGraph(graph, neo4j, settings);
      log(`wrote ${writeResult(resultsDir, result)}`);
    }
  } finally {
    await neo4j.close();
  }
  const table = renderResults(readResults(resultsDir));
  console.log(table);
  updateBenchmarksMd(path.join(projectRoot, 'BENCHMARKS.md'), table);
  log('updated BENCHMARKS.md');
}

/**
 * Our API seeds graph-seed at start-up whenever the graph holds anything else, so it is
 * started on an emptied store first (where it loads graph-seed itself), and the graph under
 * test is loaded after it: the load cannot be undone by the API's start-up check.
 */
async function benchGraph(graph: GraphId, neo4j: BenchNeo4j, settings: Settings): Promise<GraphResult> {
  const machine = describeMachine(neo4j.version);
  const logDir = path.join(resultsDir, 'logs');
  await emptyGraph(neo4j);
  const ours = await startOurApi(graph, neo4j, settings, logDir);
  let neo4jGraphql: ChildServer | undefined;
  try {
    log(`${graph}: our API ready at ${ours.url} (pid ${ours.pid}); loading ${GRAPHS[graph].title}`);
    const stats = await loadGraph(graph, neo4j);
    log(`${graph}: ${stats.nodes} nodes, ${stats.relationships} relationships, loaded in ${stats.loadSeconds} s`);
    neo4jGraphql = await startNeo4jGraphql(graph, neo4j, logDir);
    log(`${graph}: @neo4j/graphql ready at ${neo4jGraphql.url} (pid ${neo4jGraphql.pid})`);

    const reader = new GraphReader(neo4j.driver, neo4j.database, 10_000);
    const workloads = (await buildWorkloads(graph, reader, neo4jGraphql.url)).filter(
      (w) => !settings.workloads || settings.workloads.includes(w.id),
    );
    const endpoints = { ours: ours.url, neo4jGraphql: neo4jGraphql.url };
    const idsCompared = new Map<string, number>();
    for (const w of workloads) idsCompared.set(w.id, await verifyWorkload(w, endpoints, reader));
    log(`${graph}: the three contenders agree on every workload (${[...idsCompared].map(([w, n]) => `${w} ${n} ids`).join(', ')})`);
    const counter = await statementCounter(neo4j);
    const statements = new Map<string, number>();
    try {
      for (const w of workloads) statements.set(w.id, await counter.count(w));
    } finally {
      await counter.stop();
    }
    log(`${graph}: statements per answer, the same for our API and the floor: ${[...statements].map(([w, n]) => `${w} ${n}`).join(', ')}`);
    if (settings.cypherProfile) {
      const file = path.join(resultsDir, 'profiles', `${graph}-cypher.txt`);
      mkdirSync(path.dirname(file), { recursive: true });
      await profileCypher(workloads, neo4j.driver, neo4j.database, file);
      log(`${graph}: wrote ${file}`);
    }

    const measured = await measure(workloads, { ours, neo4jGraphql, reader }, settings, (l) => log(`${graph}: ${l}`));
    const workloadResults: WorkloadResult[] = workloads.map((w) => {
      const m = measured.get(w.id)!;
      const contenders = Object.fromEntries(CONTENDERS.map((c) => [c, summarize(m.slots[c])])) as WorkloadResult['contenders'];
      return {
        id: w.id,
        title: w.title,
        neo4jGraphqlHow: w.neo4jGraphqlHow,
        floorHow: w.floorHow,
        idsCompared: idsCompared.get(w.id)!,
        statements: statements.get(w.id)!,
        contenders,
        ratios: ratios(contenders),
        oursPeakRssMiB: mib(m.oursPeakRssKiB),
      };
    });
    const { graphs: _g, workloads: _w, ...runSettings } = settings;
    const partial: Omit<GraphResult, 'targets'> = {
      graph,
      title: GRAPHS[graph].title,
      date: new Date().toISOString(),
      machine,
      settings: runSettings,
      neo4j: { uri: neo4j.uri, source: neo4j.source },
      graphStats: stats,
      memory: {
        oursPeakRssMiB: mib(readRss(ours.pid)?.hwmKiB ?? Number.NaN),
        neo4jGraphqlPeakRssMiB: mib(readRss(neo4jGraphql.pid)?.hwmKiB ?? Number.NaN),
      },
      workloads: workloadResults,
    };
    return { ...partial, targets: checkTargets(partial) };
  } finally {
    await Promise.all([ours.stop(), neo4jGraphql?.stop()]);
  }
}

function mib(kib: number): number {
  return round(kib / 1024, 1);
}

main().catch((err: unknown) => {
  console.error(`[bench] failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
