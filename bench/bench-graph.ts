/**
 * One graph's run: our API started on an emptied store, the graph loaded, @neo4j/graphql
 * started, the answers checked, the Cypher profiled if asked, the workloads timed.
 *
 * Our API seeds graph-seed at start-up whenever the graph holds anything else, so it is
 * started first (on the emptied store, where it loads graph-seed itself) and the graph under
 * test is loaded after it: the load cannot be undone by the API's start-up check.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.ts';
import type { ChildServer } from './child-server.ts';
import { profileCypher } from './cypher-profile.ts';
import { floorRunner } from './floor.ts';
import { inProcessApi } from './in-process-api.ts';
import { emptyGraph, GRAPHS, loadGraph, type GraphId } from './graphs.ts';
import { describeMachine } from './machine.ts';
import { measure } from './measure.ts';
import type { BenchNeo4j } from './neo4j.ts';
import { readRss } from './rss.ts';
import { checkTargets, type GraphResult, type WorkloadResult } from './results.ts';
import { hasResponseCache, startNeo4jGraphql, startOurApi } from './servers.ts';
import type { Settings } from './settings.ts';
import { CONTENDERS, ratios, round, summarize } from './summary.ts';
import { AnswersDifferError, checkWorkloads } from './verify.ts';
import { buildWorkloads } from './workloads/index.ts';

export async function benchGraph(graph: GraphId, neo4j: BenchNeo4j, settings: Settings, resultsDir: string, log: (line: string) => void): Promise<GraphResult> {
  const machine = describeMachine(neo4j.version);
  const logDir = path.join(resultsDir, 'logs');
  await emptyGraph(neo4j);
  const ours = await startOurApi(graph, neo4j, settings, logDir);
  let neo4jGraphql: ChildServer | undefined;
  let oursCached: ChildServer | undefined;
  try {
    // Before the graph is loaded: at start-up our API would replace any graph but graph-seed.
    if (hasResponseCache()) oursCached = await startOurApi(graph, neo4j, settings, logDir, true);
    log(`our API ready at ${ours.url} (pid ${ours.pid}); loading ${GRAPHS[graph].title}`);
    const stats = await loadGraph(graph, neo4j);
    log(`${stats.nodes} nodes, ${stats.relationships} relationships, loaded in ${stats.loadSeconds} s`);
    neo4jGraphql = await startNeo4jGraphql(graph, neo4j, logDir);
    log(`@neo4j/graphql ready at ${neo4jGraphql.url} (pid ${neo4jGraphql.pid})`);

    // The floor runs with the API's own query timeout.
    const floor = floorRunner(neo4j.driver, neo4j.database, loadConfig().neo4j.queryTimeoutMs);
    const all = (await step('reading the ids the workloads ask about', buildWorkloads(graph, floor, neo4jGraphql.url))).filter((w) => !settings.workloads || settings.workloads.includes(w.id));
    const api = await inProcessApi(neo4j, false);
    const { passed, failures } = await checkWorkloads(all, { ours: ours.url, neo4jGraphql: neo4jGraphql.url }, floor, api).finally(() => api.stop());
    for (const p of passed) log(`${p.workload.id}: the three answers agree (${p.answerChars} characters compared); our API sends ${p.statements} statement(s)`);
    for (const f of failures) log(`FAILED ${f.reason}`);
    if (failures.length && !settings.keepGoing) throw new AnswersDifferError(`${graph}: ${failures.length} workload(s) failed the answer check:\n${failures.map((f) => f.reason).join('\n')}`);
    const workloads = passed.map((p) => p.workload);
    const profileFile = path.join(resultsDir, 'profiles', `${graph}-cypher.txt`);
    mkdirSync(path.dirname(profileFile), { recursive: true });
    const dbHits = await step('PROFILE of one answer per workload', profileCypher(workloads, neo4j, profileFile));
    log(`PROFILE of one answer per workload: ${workloads.map((w) => `${w.id} ours ${dbHits.get(w.id)!.ours} / floor ${dbHits.get(w.id)!.floor}`).join(', ')} db hits; plans in ${profileFile}`);

    const measured = await measure(workloads, { ours, neo4jGraphql, floor, ...(oursCached && { oursCached }), ...(neo4j.pid !== undefined && { neo4jPid: neo4j.pid }) }, settings, log);
    const workloadResults = passed.map(({ workload: w, answerChars, statements }): WorkloadResult => {
      const m = measured.get(w.id)!;
      const contenders = Object.fromEntries(CONTENDERS.map((c) => [c, summarize(m.slots[c]!)])) as WorkloadResult['contenders'];
      const oursCached = m.slots.oursCached && summarize(m.slots.oursCached);
      const { id, title, neo4jGraphqlHow } = w;
      return { id, title, neo4jGraphqlHow, answerChars, statements, dbHits: dbHits.get(id)!, contenders, ...(oursCached && { oursCached }), ratios: ratios(contenders), oursPeakRssMiB: mib(m.oursPeakRssKiB) };
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
      failures,
    };
    return { ...partial, targets: checkTargets(partial) };
  } finally {
    await Promise.all([ours.stop(), oursCached?.stop(), neo4jGraphql?.stop()]);
  }
}

/** The step's promise, its failure prefixed with what the step was doing. */
function step<T>(what: string, p: Promise<T>): Promise<T> {
  return p.catch((err: unknown) => {
    throw new Error(`${what}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  });
}

function mib(kib: number): number {
  return round(kib / 1024, 1);
}
