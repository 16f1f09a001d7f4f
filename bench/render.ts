/** Results → markdown: the tables printed at the end of a run and kept in BENCHMARKS.md. */
import type { GraphResult } from './results.ts';
import { CONTENDERS, CONTENDER_LABELS, round, sum, type ContenderSummary } from './summary.ts';

export function renderResults(results: GraphResult[]): string {
  const first = results[0];
  if (!first) return '_No results yet: run `npm run bench`._\n';
  return [renderMachine(first), ...results.map(renderGraph)].join('\n');
}

function renderMachine(r: GraphResult): string {
  const m = r.machine;
  const p = m.packages;
  const s = r.settings;
  return [
    `Machine: ${m.cores} cores, ${m.memoryGiB} GiB, ${m.cpuModel}. Node ${m.node}, Neo4j ${m.neo4j} Community, ` +
      `@neo4j/graphql ${p['@neo4j/graphql']}, @apollo/server ${p['@apollo/server']}, graphql ${p['graphql']}, ` +
      `neo4j-driver ${p['neo4j-driver']}, autocannon ${p['autocannon']}.`,
    '',
    `Settings: ${s.connections} connections, ${s.warmupS} s warm-up per contender and workload, ` +
      `${s.rounds} interleaved rounds of ${s.durationS} s per contender and workload${s.quick ? ' (quick mode: not for comparison)' : ''}` +
      `${s.cpuProf ? ', our API under --cpu-prof' : ''}. The floor is one hand-written Cypher statement per workload, run with the driver (bench/workloads).`,
    '',
  ].join('\n');
}

function renderGraph(r: GraphResult): string {
  const g = r.graphStats;
  const lines = [
    `### ${r.title}`,
    '',
    `${g.nodes.toLocaleString('en')} nodes, ${g.relationships.toLocaleString('en')} relationships; loaded in ${g.loadSeconds} s by ${g.loadedBy} ` +
      `(${Object.entries(g.loadBreakdownMs).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}). ` +
      `Run ${r.date} (1-minute load average ${r.machine.loadAverage1m} at its start), Neo4j ${r.neo4j.source}.`,
    '',
    '| workload | req/s: ours | @neo4j/graphql | floor | ours ÷ @neo4j/graphql | p50 ms: ours | @neo4j/graphql | floor | ours ÷ floor | p99 ms: ours | @neo4j/graphql | floor |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const w of r.workloads) {
    const c = w.contenders;
    lines.push(
      `| ${w.title} | ${n(c.ours.throughput)} | ${n(c.neo4jGraphql.throughput)} | ${n(c.floor.throughput)} | **${n(w.ratios.throughputOursOverNeo4jGraphql)}×** ` +
        `| ${n(c.ours.p50Ms)} | ${n(c.neo4jGraphql.p50Ms)} | ${n(c.floor.p50Ms)} | **${n(w.ratios.p50OursOverFloor)}×** ` +
        `| ${n(c.ours.p99Ms)} | ${n(c.neo4jGraphql.p99Ms)} | ${n(c.floor.p99Ms)} |`,
    );
  }
  lines.push(
    '',
    `Errors (connection errors + timeouts / non-2xx / GraphQL errors in a 200) and memory; our API's peak RSS is VmRSS sampled during its slots, ` +
      `and over the whole run its VmHWM was ${r.memory.oursPeakRssMiB} MiB (@neo4j/graphql's: ${r.memory.neo4jGraphqlPeakRssMiB} MiB).`,
    '',
    `| workload | ${CONTENDERS.map((c) => CONTENDER_LABELS[c]).join(' | ')} | our API peak RSS MiB | our statements per answer | db hits per answer: ours | floor | @neo4j/graphql answers with |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const w of r.workloads) {
    const errs = CONTENDERS.map((c) => `${w.contenders[c].errors} / ${w.contenders[c].non2xx} / ${w.contenders[c].graphqlErrors}`);
    lines.push(`| ${w.title} | ${errs.join(' | ')} | ${w.oursPeakRssMiB} | ${w.statements} | ${w.dbHits.ours} | ${w.dbHits.floor} | ${w.neo4jGraphqlHow} |`);
  }
  lines.push('', ...renderCpu(r));
  const cached = r.workloads.filter((w) => w.oursCached);
  if (cached.length) {
    lines.push(
      '',
      'Our API with its response cache on (a second instance, `RESPONSE_CACHE=on`, timed in the same rounds; not compared with the peer):',
      '',
      '| workload | req/s | ÷ our API without cache | p50 ms | p99 ms | errors |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const w of cached) {
      const c = w.oursCached!;
      lines.push(`| ${w.title} | ${n(c.throughput)} | ${n(round(c.throughput / w.contenders.ours.throughput, 2))}× | ${n(c.p50Ms)} | ${n(c.p99Ms)} | ${c.errors + c.non2xx + c.graphqlErrors} |`);
    }
  }
  if (r.failures.length) {
    lines.push('', 'Not timed (failed the answer check):', '', ...r.failures.map((f) => `- \`${f.workload}\`: ${f.reason.replace(/\s+/g, ' ')}`));
  }
  lines.push('', 'Targets:', '');
  for (const t of r.targets) lines.push(`- ${t.met ? 'met' : '**MISSED**'}: ${t.target} (measured ${t.actual})`);
  lines.push('');
  return lines.join('\n');
}

/**
 * Where the machine's CPU goes per answer, per contender: on 2 cores the throughput is about
 * 2 cores ÷ the sum, so a contender whose statements cost Neo4j more loses even when its own
 * process spends less.
 */
export function renderCpu(r: GraphResult): string[] {
  const lines = [
    `CPU ms per answer (user + system time from /proc over each contender's timed slots, divided by its answers): the server process, ` +
      `the bench's Neo4j${r.neo4j.source === 'configured' ? ' (unknown: NEO4J_URI names a Neo4j the bench did not start)' : ''}, ` +
      `the bench process (the load generator; for the floor also the driver that decodes its answers) and their sum; and the mean size of a response on the wire, headers included.`,
    '',
    '| workload | ours: server | Neo4j | bench | sum | @neo4j/graphql: server | Neo4j | bench | sum | floor: Neo4j | bench | sum | bytes per answer: ours | @neo4j/graphql |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const w of r.workloads) {
    const cells = (c: ContenderSummary, server: boolean) => {
      const parts = [...(server ? [c.cpuMsPerRequest] : []), c.neo4jCpuMsPerRequest, c.loadCpuMsPerRequest];
      const total = parts.every((x) => x !== undefined) ? round(sum(parts as number[]), 2) : undefined;
      return [...parts, total].map(maybe);
    };
    const { ours, neo4jGraphql, floor } = w.contenders;
    lines.push(`| ${w.title} | ${[...cells(ours, true), ...cells(neo4jGraphql, true), ...cells(floor, false), maybe(ours.bytesPerAnswer), maybe(neo4jGraphql.bytesPerAnswer)].join(' | ')} |`);
  }
  return lines;
}

/** A figure, or a dash where it was not measured. */
function maybe(x: number | undefined): string {
  return x === undefined ? '–' : n(x);
}

/** A figure, or a dash where there was none (no request completed: JSON has null). */
function n(x: number | null): string {
  return x === null || !Number.isFinite(x) ? '–' : String(x);
}
