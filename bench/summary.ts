/** Slots → per-contender figures, ratios and the targets, as stored in the results JSON. */
import type { Slot } from './slot.ts';
import { Samples } from './stats.ts';

/** The contenders compared with each other. */
export const CONTENDERS = ['ours', 'neo4jGraphql', 'floor'] as const;
export type ComparedContender = (typeof CONTENDERS)[number];
/**
 * Our API with its response cache on (when it has one): timed in the same rounds but
 * reported in columns of its own, never compared with the peer.
 */
export type Contender = ComparedContender | 'oursCached';

export const CONTENDER_LABELS: Record<Contender, string> = {
  ours: 'our API (HTTP)',
  neo4jGraphql: '@neo4j/graphql (HTTP)',
  floor: 'hand-written statement (floor)',
  oursCached: 'our API, response cache on (HTTP)',
};

export interface ContenderSummary {
  requests: number;
  seconds: number;
  /** Requests a second over all measured slots. */
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  graphqlErrors: number;
  /** Throughput of each round, to show the spread. */
  roundThroughputs: number[];
  /** HTTP contenders: the server process's CPU time per answer over all measured slots, ms. */
  cpuMsPerRequest?: number;
  /** The bench's Neo4j's CPU time per answer during this contender's slots, ms (absent when NEO4J_URI names another Neo4j). */
  neo4jCpuMsPerRequest?: number;
  /** The bench process's own CPU time per answer (the load generator; for the floor also its driver), ms. */
  loadCpuMsPerRequest?: number;
  /** HTTP: mean bytes of a response on the wire, headers included. */
  bytesPerAnswer?: number;
}

export function summarize(slots: Slot[]): ContenderSummary {
  const samples = new Samples();
  for (const s of slots) samples.addAll(s.samples);
  const requests = sum(slots.map((s) => s.requests));
  const seconds = sum(slots.map((s) => s.seconds));
  const perAnswer = (figure: (s: Slot) => number | undefined, digits: number) => {
    const all = slots.map(figure);
    return requests > 0 && all.every((x) => x !== undefined) ? round(sum(all as number[]) / requests, digits) : undefined;
  };
  const cpuMsPerRequest = perAnswer((s) => s.cpuMs, 2);
  const neo4jCpuMsPerRequest = perAnswer((s) => s.neo4jCpuMs, 2);
  const loadCpuMsPerRequest = perAnswer((s) => s.loadCpuMs, 2);
  const bytesPerAnswer = perAnswer((s) => s.bytes, 0);
  return {
    requests,
    seconds: round(seconds, 2),
    throughput: round(requests / seconds, 1),
    p50Ms: round(samples.percentile(50), 2),
    p99Ms: round(samples.percentile(99), 2),
    errors: sum(slots.map((s) => s.errors)),
    non2xx: sum(slots.map((s) => s.non2xx)),
    graphqlErrors: sum(slots.map((s) => s.graphqlErrors)),
    roundThroughputs: slots.map((s) => round(s.requests / s.seconds, 1)),
    ...(cpuMsPerRequest !== undefined && { cpuMsPerRequest }),
    ...(neo4jCpuMsPerRequest !== undefined && { neo4jCpuMsPerRequest }),
    ...(loadCpuMsPerRequest !== undefined && { loadCpuMsPerRequest }),
    ...(bytesPerAnswer !== undefined && { bytesPerAnswer }),
  };
}

export interface Ratios {
  /** ours / @neo4j/graphql requests a second (target ≥ 2 on flagship and page50, ≥ 1.5 elsewhere). */
  throughputOursOverNeo4jGraphql: number;
  /** ours / floor p50 latency (target ≤ 1.5). */
  p50OursOverFloor: number;
}

export function ratios(s: Record<ComparedContender, ContenderSummary>): Ratios {
  return {
    throughputOursOverNeo4jGraphql: round(s.ours.throughput / s.neo4jGraphql.throughput, 2),
    p50OursOverFloor: round(s.ours.p50Ms / s.floor.p50Ms, 2),
  };
}

export function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
