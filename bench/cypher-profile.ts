/**
 * Neo4j's PROFILE of one answer per workload: the statements our API sends (captured
 * in-process over a recording driver) and the floor's statement, each run once to plan and
 * warm the caches, then profiled. The db hits per answer go into the results; the plans into
 * bench/results/profiles/<graph>-cypher.txt.
 */
import { writeFileSync } from 'node:fs';
import type { ProfiledPlan } from 'neo4j-driver';
import { floorRunner } from './floor.ts';
import { inProcessApi } from './in-process-api.ts';
import type { BenchNeo4j } from './neo4j.ts';
import { recordingDriver, totalDbHits, type Recorded } from './recording-driver.ts';
import type { Workload } from './workloads/workload.ts';

export interface DbHits {
  /** Summed over every statement our API sends for one answer. */
  ours: number;
  floor: number;
}

const PROFILE_TIMEOUT_MS = 60_000;

export async function profileCypher(workloads: Workload[], neo4j: BenchNeo4j, file: string): Promise<Map<string, DbHits>> {
  const api = await inProcessApi(neo4j, true);
  const recording = recordingDriver(neo4j.driver, true);
  const floor = floorRunner(recording.driver, neo4j.database, PROFILE_TIMEOUT_MS);
  const floorOnce = async (w: Workload) => {
    await floor.run(w.floor);
    return recording.take();
  };
  const out: string[] = [];
  const hits = new Map<string, DbHits>();
  try {
    for (const w of workloads) {
      await api.statementsOf(w.ours);
      const ours = await api.statementsOf(w.ours);
      await floorOnce(w);
      const floors = await floorOnce(w);
      hits.set(w.id, { ours: sumDbHits(ours), floor: sumDbHits(floors) });
      out.push(`## ${w.id}: ${w.title}`, '', `### our API: ${ours.length} statement(s), ${sumDbHits(ours)} db hits`, '', ...ours.flatMap(render));
      out.push(`### the floor: ${sumDbHits(floors)} db hits`, '', ...floors.flatMap(render));
    }
  } finally {
    await api.stop();
  }
  writeFileSync(file, `${out.join('\n')}\n`);
  return hits;
}

function sumDbHits(rs: Recorded[]): number {
  return rs.reduce((s, r) => s + (r.plan ? totalDbHits(r.plan) : 0), 0);
}

function render({ cypher, plan }: Recorded): string[] {
  return [cypher, '', `total db hits ${plan ? totalDbHits(plan) : 0}`, ...(plan ? renderPlan(plan, 0) : ['(no profile)']), ''];
}

function renderPlan(p: ProfiledPlan, depth: number): string[] {
  const details = String(p.arguments['Details'] ?? '').replace(/\s+/g, ' ').slice(0, 140);
  const line = `${'  '.repeat(depth)}${p.operatorType}  rows ${p.rows}  db hits ${p.dbHits}${details ? `  ${details}` : ''}`;
  return [line, ...p.children.flatMap((c) => renderPlan(c, depth + 1))];
}
