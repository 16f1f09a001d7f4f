/**
 * Neo4j's PROFILE of the statements behind each workload: the floor is run once through a
 * GraphReader that prefixes every statement with PROFILE and keeps the plan, so the plans
 * are those of exactly the statements our API sends. Written to
 * bench/results/profiles/<graph>-cypher.txt when BENCH_PROFILE=1.
 */
import { writeFileSync } from 'node:fs';
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { GraphReader } from '../src/neo4j/graph-reader.ts';
import type { Workload } from './workloads/workload.ts';

class ProfilingReader extends GraphReader {
  readonly plans: { cypher: string; plan: ProfiledPlan | false }[] = [];

  constructor(
    private readonly profiledDriver: Driver,
    private readonly profiledDatabase: string,
  ) {
    super(profiledDriver, profiledDatabase, 60_000);
  }

  override async read<Row = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const result = await this.profiledDriver.executeQuery(`PROFILE ${cypher}`, params, {
      database: this.profiledDatabase,
      routing: neo4j.routing.READ,
      bookmarkManager: null,
    });
    this.plans.push({ cypher: cypher.trim(), plan: result.summary.profile });
    return result.records.map((r) => r.toObject() as Row);
  }
}

export async function profileCypher(workloads: Workload[], driver: Driver, database: string, file: string): Promise<void> {
  const out: string[] = [];
  for (const w of workloads) {
    const reader = new ProfilingReader(driver, database);
    await w.floor(reader); // once to plan and warm the caches, then the measured plans
    const profiled = new ProfilingReader(driver, database);
    await w.floor(profiled);
    out.push(`## ${w.id}: ${w.title}`, '');
    for (const { cypher, plan } of profiled.plans) {
      const total = plan ? totalDbHits(plan) : 0;
      out.push(cypher, '', `total db hits ${total}`, ...(plan ? renderPlan(plan, 0) : ['(no profile)']), '');
    }
  }
  writeFileSync(file, `${out.join('\n')}\n`);
}

function totalDbHits(p: ProfiledPlan): number {
  return p.dbHits + p.children.reduce((s, c) => s + totalDbHits(c), 0);
}

function renderPlan(p: ProfiledPlan, depth: number): string[] {
  const details = String(p.arguments['Details'] ?? '').replace(/\s+/g, ' ').slice(0, 140);
  const line = `${'  '.repeat(depth)}${p.operatorType}  rows ${p.rows}  db hits ${p.dbHits}${details ? `  ${details}` : ''}`;
  return [line, ...p.children.flatMap((c) => renderPlan(c, depth + 1))];
}
