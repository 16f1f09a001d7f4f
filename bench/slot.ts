import type { Samples } from './stats.ts';

/** What one timed slot (one contender, one workload, one round) measured. */
export interface Slot {
  /** Completed requests (HTTP: any status; driver: successful or not). */
  requests: number;
  seconds: number;
  /** Latency of each successful request, ms. */
  samples: Samples;
  /** Connection errors and timeouts (HTTP) or rejected queries (driver). */
  errors: number;
  non2xx: number;
  /** HTTP 200 answers whose body carried GraphQL `errors`. */
  graphqlErrors: number;
  /** HTTP: the server process's CPU time (user + system) over the slot, ms (proc-cpu.ts). */
  cpuMs?: number;
  /** The bench's Neo4j's CPU time over the slot, ms (undefined when NEO4J_URI names another Neo4j). */
  neo4jCpuMs?: number;
  /** The bench process's own CPU time over the slot, ms: the load generator (and, for the floor, the driver that decodes its answers). */
  loadCpuMs?: number;
  /** HTTP: bytes of the responses, headers included, as they came off the socket. */
  bytes?: number;
}

export interface LoadOptions {
  connections: number;
  durationS: number;
}
