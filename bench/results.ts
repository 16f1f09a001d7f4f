/** The results of one graph's run, as written to bench/results/<graph>.json, and the targets. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphStats } from './graphs.ts';
import type { Machine } from './machine.ts';
import type { Settings } from './settings.ts';
import type { DbHits } from './cypher-profile.ts';
import type { ComparedContender, ContenderSummary, Ratios } from './summary.ts';
import type { Failure } from './verify.ts';

export interface WorkloadResult {
  id: string;
  title: string;
  neo4jGraphqlHow: string;
  /** Length of the JSON of the answer the three agreed on. */
  answerChars: number;
  /** Cypher statements our API sends per answer (the floor: one). */
  statements: number;
  /** Neo4j's PROFILE of one answer. */
  dbHits: DbHits;
  contenders: Record<ComparedContender, ContenderSummary>;
  /** Our API with its response cache on, when it has one (not compared with the peer). */
  oursCached?: ContenderSummary;
  ratios: Ratios;
  oursPeakRssMiB: number;
}

export interface GraphResult {
  graph: string;
  title: string;
  date: string;
  machine: Machine;
  settings: Omit<Settings, 'graphs' | 'workloads'>;
  neo4j: { uri: string; source: string };
  graphStats: GraphStats;
  memory: { oursPeakRssMiB: number; neo4jGraphqlPeakRssMiB: number };
  workloads: WorkloadResult[];
  /** Workloads that failed the answer check (timed only the others, with BENCH_KEEP_GOING=1). */
  failures: Failure[];
  targets: TargetCheck[];
}

export interface TargetCheck {
  target: string;
  actual: string;
  met: boolean;
}

/** The targets of issue #11. */
const THROUGHPUT_RATIO = 1.5;
/** Where our API must do better: the flagship and the page of 50. */
const KEY_WORKLOADS: Record<string, number> = { flagship: 2, page50: 2 };
const P50_RATIO = 1.5;
const SCALED_P99_MS = 500;
const SCALED_LOAD_S = 180;
/** Our API's VmHWM before the compiler (BENCHMARKS.md, run of 2026-11-27): it must not grow. */
const MEMORY_MIB: Record<string, number> = { seed: 328, synthetic: 493 };

/**
 * Whether a measured figure meets its bound. A ratio or time that is not a finite number
 * (a contender that answered nothing makes Infinity or NaN, which JSON stores as null, and
 * `null <= 1.5` is true) meets nothing: there was no measurement to meet it with.
 */
export function meets(actual: number | null, op: '>=' | '<=' | '<', bound: number): boolean {
  if (typeof actual !== 'number' || !Number.isFinite(actual)) return false;
  return op === '>=' ? actual >= bound : op === '<=' ? actual <= bound : actual < bound;
}

export function checkTargets(r: Omit<GraphResult, 'targets'>): TargetCheck[] {
  const checks: TargetCheck[] = r.failures.map((f) => ({ target: `${f.workload}: answered, same answer as the others`, actual: f.reason.split('\n')[0]!.slice(0, 200), met: false }));
  for (const w of r.workloads) {
    const t = w.ratios.throughputOursOverNeo4jGraphql;
    const wanted = KEY_WORKLOADS[w.id] ?? THROUGHPUT_RATIO;
    checks.push({ target: `${w.id}: throughput ≥ ${wanted}× @neo4j/graphql`, actual: `${t}×`, met: meets(t, '>=', wanted) });
    const p = w.ratios.p50OursOverFloor;
    checks.push({ target: `${w.id}: p50 ≤ ${P50_RATIO}× the floor`, actual: `${p}×`, met: meets(p, '<=', P50_RATIO) });
    const o = w.contenders.ours;
    const bad = o.errors + o.non2xx + o.graphqlErrors;
    checks.push({ target: `${w.id}: zero errors (our API)`, actual: String(bad), met: meets(bad, '<=', 0) });
    if (r.graph === 'synthetic' && w.id in KEY_WORKLOADS) {
      checks.push({ target: `${w.id}: p99 < ${SCALED_P99_MS} ms on the scaled graph at ${r.settings.connections} connections`, actual: `${o.p99Ms} ms`, met: meets(o.p99Ms, '<', SCALED_P99_MS) });
    }
  }
  const memory = MEMORY_MIB[r.graph];
  if (memory !== undefined) {
    const hwm = r.memory.oursPeakRssMiB;
    checks.push({ target: `our API's VmHWM ≤ ${memory} MiB (before the compiler)`, actual: `${hwm} MiB`, met: meets(hwm, '<=', memory) });
  }
  if (r.graph === 'synthetic') {
    const s = r.graphStats.loadSeconds;
    checks.push({ target: `scaled seed loads in < ${SCALED_LOAD_S} s`, actual: `${s} s`, met: meets(s, '<', SCALED_LOAD_S) });
  }
  return checks;
}

export function writeResult(dir: string, r: GraphResult): string {
  const file = path.join(dir, `${r.graph}.json`);
  writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
  return file;
}

/** All results present in the folder (a graph not run this time keeps its last result). */
export function readResults(dir: string): GraphResult[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as GraphResult);
}
