/**
 * The benchmark's settings, from the environment (and `--quick`), read once.
 *
 *   BENCH_QUICK=1 or `npm run bench -- --quick`   1.5 s slots, 0.5 s warm-up, 2 rounds (a smoke
 *                         run of a few minutes; not for comparison)
 *   BENCH_DURATION_S      measured seconds per slot (default 4: 7 workloads × 3 contenders × 3
 *                         rounds of 4 s, plus 2 s warm-up each, make 5 minutes of load per graph)
 *   BENCH_WARMUP_S        warm-up seconds per contender and workload (default 2)
 *   BENCH_ROUNDS          interleaved rounds A B C A B C ... (default 3, at least 2)
 *   BENCH_CONNECTIONS     concurrent connections / in-flight queries (default 16)
 *   BENCH_GRAPHS          comma list of graphs: seed,synthetic (default both)
 *   BENCH_WORKLOADS       comma list of workload ids (default all)
 *   BENCH_CPU_PROF=1      run our API child with --cpu-prof (profiles in bench/results/profiles)
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
  keepGoing: boolean;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv.slice(2)): Settings {
  const quick = argv.includes('--quick') || env.BENCH_QUICK === '1';
  return {
    quick,
    durationS: num(env.BENCH_DURATION_S, quick ? 1.5 : 4),
    warmupS: num(env.BENCH_WARMUP_S, quick ? 0.5 : 2),
    rounds: Math.max(2, num(env.BENCH_ROUNDS, quick ? 2 : 3)),
    connections: num(env.BENCH_CONNECTIONS, 16),
    graphs: list(env.BENCH_GRAPHS) ?? ['seed', 'synthetic'],
    workloads: list(env.BENCH_WORKLOADS),
    cpuProf: env.BENCH_CPU_PROF === '1',
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
