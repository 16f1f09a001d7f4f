/**
 * Before anything is timed: each contender answers each workload once, and the three
 * answers, brought to one comparable form by the workload (answerOf…), must be equal and
 * not empty. A workload that fails (answers differ, an error, a timeout) stops the benchmark
 * before timing, with exit code 1 and every failure listed; with BENCH_KEEP_GOING=1 the
 * workloads that passed are still timed, and the exit code is 1 all the same. Also counts
 * the statements our API sends for one answer (in-process, over a recording driver).
 */
import { describeDifference } from './difference.ts';
import type { FloorRunner } from './floor.ts';
import { fetchGraphQL } from './graphql-client.ts';
import type { InProcessApi } from './in-process-api.ts';
import type { Workload } from './workloads/workload.ts';

export interface Checked {
  workload: Workload;
  /** The compared answer's size: its JSON length in characters. */
  answerChars: number;
  /** Statements our API sends for one answer. */
  statements: number;
}

export interface Failure {
  workload: string;
  reason: string;
}

export interface Endpoints {
  ours: string;
  neo4jGraphql: string;
}

export class AnswersDifferError extends Error {
  override name = 'AnswersDifferError';
}

export async function checkWorkloads(
  workloads: Workload[],
  endpoints: Endpoints,
  floor: FloorRunner,
  api: InProcessApi,
): Promise<{ passed: Checked[]; failures: Failure[] }> {
  const passed: Checked[] = [];
  const failures: Failure[] = [];
  for (const w of workloads) {
    try {
      const answerChars = await verifyWorkload(w, endpoints, floor);
      passed.push({ workload: w, answerChars, statements: (await api.statementsOf(w.ours)).length });
    } catch (err) {
      failures.push({ workload: w.id, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return { passed, failures };
}

async function verifyWorkload(w: Workload, endpoints: Endpoints, floor: FloorRunner): Promise<number> {
  const ours = w.answerOfOurs(await fetchGraphQL(endpoints.ours, w.ours));
  const theirs = w.answerOfNeo4jGraphql(await fetchGraphQL(endpoints.neo4jGraphql, w.neo4jGraphql));
  const floors = w.answerOfFloor(await floor.run(w.floor));
  if (isEmpty(ours)) throw new AnswersDifferError(`${w.id}: our API's answer is empty; nothing to compare`);
  const problems = [describeDifference('@neo4j/graphql', theirs, ours), describeDifference('the floor', floors, ours)].filter(Boolean);
  if (problems.length) throw new AnswersDifferError(`${w.id}: answers differ from our API's: ${problems.join('; ')}`);
  return JSON.stringify(ours).length;
}

/** True for an answer with no content: only empty lists, nulls and zeros. */
function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(isEmpty);
  if (value && typeof value === 'object') return Object.values(value).every(isEmpty);
  return value === null || value === undefined || value === 0 || value === false;
}
