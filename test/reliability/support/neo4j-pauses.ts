/**
 * The stop-the-world pauses the shared local Neo4j's JVM reported during a window, from its
 * debug.log (VmPauseMonitorComponent: "Detected VM stop-the-world pause: {pauseTime=290,
 * gcTime=0, gcCount=0}", logged when the JVM's monitor thread woke over 100 ms late). With
 * gcTime > 0 the JVM was collecting garbage; with gcTime 0 its threads got no CPU (the
 * machine). Every Neo4j thread stops meanwhile, a cheap statement's too: the burst scenario
 * uses this to tell what held its probe. Undefined when the Neo4j is not the local one.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../src/config.ts';

export interface Pause {
  /** When the pause ended (ms since the epoch) and how long it was. */
  endMs: number;
  ms: number;
  gcMs: number;
}

const LINE = /^(\S+ \S+)\s+WARN\s+\[o\.n\.k\.i\.c\.VmPauseMonitorComponent\] Detected VM stop-the-world pause: \{pauseTime=(\d+), gcTime=(\d+)/;

export function neo4jPauses(fromMs: number, toMs: number): Pause[] | undefined {
  const file = path.join(projectRoot, process.env.TEST_NEO4J_DIR ?? '.neo4j/test', 'logs/debug.log');
  if (process.env.NEO4J_URI || !existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line) => {
      const m = LINE.exec(line);
      if (!m) return [];
      // "2026-12-02 07:28:59.208+0000"
      const endMs = Date.parse(m[1]!.replace(' ', 'T').replace(/\+0000$/, 'Z'));
      return [{ endMs, ms: Number(m[2]), gcMs: Number(m[3]) }];
    })
    .filter((p) => p.endMs >= fromMs && p.endMs - p.ms <= toMs);
}

/** The part of [startMs, endMs] that a pause covered, in ms. */
export function pausedDuring(pauses: Pause[], startMs: number, endMs: number): number {
  return pauses.reduce((sum, p) => sum + Math.max(0, Math.min(endMs, p.endMs) - Math.max(startMs, p.endMs - p.ms)), 0);
}
