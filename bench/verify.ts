/**
 * Before anything is timed: each contender answers each workload once, and the ids in the
 * three answers must be the same non-empty set; and our API must send as many statements
 * per answer as the floor. A workload that fails (different ids, an error, a timeout) stops
 * the benchmark before timing, with exit code 1 and every failure listed; with
 * BENCH_KEEP_GOING=1 the workloads that passed are still timed, and the exit code is 1 all
 * the same.
 */
import type { GraphReader } from '../src/neo4j/graph-reader.ts';
import { fetchGraphQL } from './graphql-client.ts';
import type { StatementCounter } from './statements.ts';
import type { Workload } from './workloads/workload.ts';

export interface Checked {
  workload: Workload;
  /** How many ids the three agreed on. */
  ids: number;
  /** Statements per answer, our API's and the floor's. */
  statements: number;
}

export interface Failure {
  workload: string;
  reason: string;
}

export async function checkWorkloads(
  workloads: Workload[],
  endpoints: Endpoints,
  reader: GraphReader,
  counter: StatementCounter,
): Promise<{ passed: Checked[]; failures: Failure[] }> {
  const passed: Checked[] = [];
  const failures: Failure[] = [];
  for (const w of workloads) {
    try {
      const ids = await verifyWorkload(w, endpoints, reader);
      passed.push({ workload: w, ids, statements: await counter.count(w) });
    } catch (err) {
      failures.push({ workload: w.id, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return { passed, failures };
}

export interface Endpoints {
  ours: string;
  neo4jGraphql: string;
}

export class AnswersDifferError extends Error {
  override name = 'AnswersDifferError';
}

/** Returns how many ids the three agreed on. */
async function verifyWorkload(w: Workload, endpoints: Endpoints, reader: GraphReader): Promise<number> {
  const ours = new Set(w.idsOfOurs(await fetchGraphQL(endpoints.ours, w.ours)));
  const theirs = new Set(w.idsOfNeo4jGraphql(await fetchGraphQL(endpoints.neo4jGraphql, w.neo4jGraphql)));
  const floor = new Set(w.idsOfFloor(await w.floor(reader)));
  if (ours.size === 0) throw new AnswersDifferError(`${w.id}: our API returned no ids; nothing to compare`);
  const problems = [describeDifference('@neo4j/graphql', theirs, ours), describeDifference('raw driver', floor, ours)].filter(Boolean);
  if (problems.length) throw new AnswersDifferError(`${w.id}: answers differ from our API's (${ours.size} ids): ${problems.join('; ')}`);
  return ours.size;
}

function describeDifference(name: string, other: Set<string>, ours: Set<string>): string {
  const missing = [...ours].filter((id) => !other.has(id));
  const extra = [...other].filter((id) => !ours.has(id));
  if (!missing.length && !extra.length) return '';
  const list = (ids: string[]) => ids.slice(0, 10).join(', ') + (ids.length > 10 ? `, … (${ids.length})` : '');
  return `${name} lacks [${list(missing)}] and has extra [${list(extra)}]`;
}
