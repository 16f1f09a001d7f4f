/**
 * The benchmark's settings, from the environment (and `--quick`), read once.
 *
 *   BENCH_QUICK=1 or `npm run bench -- --quick`   2 s slots, 1 s warm-up (a smoke run)
 *   BENCH_DURATION_S      measured seconds per slot (default 10)
 *   BENCH_WARMUP_S        warm-up seconds per contender and workload (default 3)
 *   BENCH_ROUNDS          interleaved rounds A B C A B C ... (default 2, at least 2)
 *   BENCH_CONNECTIONS     concurrent connections / in-flight queries (default 16)
 *   BENCH_GRAPHS          comma list of graphs: seed,synthetic (default both)
 *   BENCH_WORKLOADS       comma list of workload ids (default all)
 *   BENCH_CPU_PROF=1      run our API child with --cpu-prof (profiles in bench/results/profiles)
 *   BENCH_CYPHER_PROFILE=1  write Neo4j's PROFILE of every workload's statements there too
 *   BENCH_KEEP_GOING=1    when some workloads fail the answer check, time the others (exit 1 still)
 *   NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD   use that Neo4j instead of the bench's own
 */
export interface Settings {
  quick: boolean;
  durationS: number;
  warmupS: number;
  rounds: number;
  connections: number;
  graphs: string[];
  workloads: string[] | undefined;
  cpuProf: boolean;
  cypherProfile: boolean;
  keepGoing: boolean;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv.slice(2)): Settings {
  const quick = argv.includes('--quick') || env.BENCH_QUICK === '1';
  return {
    quick,
    durationS: num(env.BENCH_DURATION_S, quick ? 2 : 10),
    warmupS: num(env.BENCH_WARMUP_S, quick ? 1 : 3),
    rounds: Math.max(2, num(env.BENCH_ROUNDS, 2)),
    connections: num(env.BENCH_CONNECTIONS, 16),
    graphs: list(env.BENCH_GRAPHS) ?? ['seed', 'synthetic'],
    workloads: list(env.BENCH_WORKLOADS),
    cpuProf: env.BENCH_CPU_PROF === '1',
    cypherProfile: env.BENCH_CYPHER_PROFILE === '1',
    keepGoing: env.BENCH_KEEP_GOING === '1',
  };
}

function num(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`bench: expected a positive number, got "${value}"`);
  return n;
}

function list(value: string | undefined): string[] | undefined {
  const items = value?.split(',').map((s) => s.trim()).filter(Boolean);
  return items?.length ? items : undefined;
}
