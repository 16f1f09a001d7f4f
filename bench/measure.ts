/**
 * The timed part: a warm-up slot for every contender and workload, then `rounds` rounds in
 * which each workload is put to the three contenders in turn (A B C, A B C, ...), so that
 * drift on the machine hits all of them alike. Our API's resident memory is sampled while
 * its slots run.
 */
import type { ChildServer } from './child-server.ts';
import type { FloorRunner } from './floor.ts';
import { runDriverSlot } from './driver-load.ts';
import { runHttpSlot, type HttpTarget } from './http-load.ts';
import { readCpuMs } from './proc-cpu.ts';
import { sampleRss } from './rss.ts';
import type { Settings } from './settings.ts';
import type { LoadOptions, Slot } from './slot.ts';
import { CONTENDERS, type Contender } from './summary.ts';
import type { Workload } from './workloads/workload.ts';

export interface Servers {
  ours: ChildServer;
  neo4jGraphql: ChildServer;
  floor: FloorRunner;
  /** Our API with its response cache on, when it has one. */
  oursCached?: ChildServer;
  /** The bench's Neo4j's process, when it runs on this machine (neo4j.ts). */
  neo4jPid?: number;
}

export interface Measured {
  slots: Partial<Record<Contender, Slot[]>>;
  oursPeakRssKiB: number;
}

export async function measure(workloads: Workload[], servers: Servers, s: Settings, log: (line: string) => void): Promise<Map<string, Measured>> {
  const contenders: Contender[] = servers.oursCached ? [...CONTENDERS, 'oursCached'] : [...CONTENDERS];
  const warmup = { connections: s.connections, durationS: s.warmupS };
  for (const w of workloads) for (const c of contenders) await runSlotWithCpu(c, w, servers, warmup);
  log(`warmed up: ${workloads.length} workloads × ${contenders.length} contenders × ${s.warmupS} s`);

  const out = new Map<string, Measured>(workloads.map((w) => [w.id, { slots: {}, oursPeakRssKiB: 0 }]));
  const timed = { connections: s.connections, durationS: s.durationS };
  for (let round = 1; round <= s.rounds; round++) {
    for (const w of workloads) {
      const m = out.get(w.id)!;
      for (const c of contenders) {
        const rss = c === 'ours' ? sampleRss(servers.ours.pid) : undefined;
        const slot = await runSlotWithCpu(c, w, servers, timed);
        if (rss) m.oursPeakRssKiB = Math.max(m.oursPeakRssKiB, rss.stop());
        (m.slots[c] ??= []).push(slot);
        log(describeSlot(round, w.id, c, slot));
      }
    }
  }
  return out;
}

/**
 * A slot, with the CPU that Neo4j and the bench process itself (the load generator) used
 * meanwhile: on a machine of 2 cores the throughput is bounded by the CPU all of them spend
 * per answer, and a contender's statements cost Neo4j differently (issue #11).
 */
async function runSlotWithCpu(c: Contender, w: Workload, servers: Servers, o: LoadOptions): Promise<Slot> {
  const neo4jBefore = servers.neo4jPid === undefined ? undefined : readCpuMs(servers.neo4jPid);
  const loadBefore = process.cpuUsage();
  const slot = await runSlot(c, w, servers, o);
  const load = process.cpuUsage(loadBefore);
  const neo4jAfter = servers.neo4jPid === undefined ? undefined : readCpuMs(servers.neo4jPid);
  return {
    ...slot,
    loadCpuMs: (load.user + load.system) / 1000,
    ...(neo4jBefore !== undefined && neo4jAfter !== undefined && { neo4jCpuMs: neo4jAfter - neo4jBefore }),
  };
}

function runSlot(c: Contender, w: Workload, servers: Servers, o: LoadOptions): Promise<Slot> {
  switch (c) {
    case 'ours':
      return runServerSlot(servers.ours, { url: servers.ours.url, body: JSON.stringify(w.ours) }, o);
    case 'neo4jGraphql':
      return runServerSlot(servers.neo4jGraphql, { url: servers.neo4jGraphql.url, body: JSON.stringify(w.neo4jGraphql) }, o);
    case 'floor':
      return runDriverSlot(() => servers.floor.run(w.floor), o);
    case 'oursCached':
      return runServerSlot(servers.oursCached!, { url: servers.oursCached!.url, body: JSON.stringify(w.ours) }, o);
  }
}

/** An HTTP slot, with the CPU time the server's process used meanwhile. */
async function runServerSlot(server: ChildServer, target: HttpTarget, o: LoadOptions): Promise<Slot> {
  const before = readCpuMs(server.pid);
  const slot = await runHttpSlot(target, o);
  const after = readCpuMs(server.pid);
  return before === undefined || after === undefined ? slot : { ...slot, cpuMs: after - before };
}

function describeSlot(round: number, workload: string, c: Contender, s: Slot): string {
  const bad = s.errors + s.non2xx + s.graphqlErrors;
  const perAnswer = (ms: number | undefined, what: string) => (ms === undefined ? '' : `  ${what} ${(ms / s.requests).toFixed(2)}`);
  return `round ${round} ${workload.padEnd(14)} ${c.padEnd(12)} ${(s.requests / s.seconds).toFixed(0).padStart(6)} req/s  p50 ${s.samples
    .percentile(50)
    .toFixed(2)} ms  p99 ${s.samples.percentile(99).toFixed(2)} ms  CPU ms/answer:${perAnswer(s.cpuMs, 'server')}${perAnswer(s.neo4jCpuMs, 'Neo4j')}${perAnswer(
    s.loadCpuMs,
    'bench',
  )}${s.bytes === undefined ? '' : `  ${Math.round(s.bytes / s.requests)} B/answer`}${bad ? `  ${bad} errors` : ''}`;
}
