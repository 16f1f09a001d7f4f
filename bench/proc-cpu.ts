/**
 * CPU time a process has used, user + system, from /proc/<pid>/stat (Linux). Read around an
 * HTTP slot, it gives the server's CPU per answer: a figure that a loaded machine changes far
 * less than throughput (issue #11: our API's gap to @neo4j/graphql was per-request CPU).
 */
import { execFileSync } from 'node:child_process';
import { readProcFile } from './proc-file.ts';

let ticksPerSecond: number | undefined;

/** The process's CPU time so far in ms, or undefined where /proc cannot tell. */
export function readCpuMs(pid: number): number | undefined {
  const stat = readProcFile(pid, 'stat');
  if (stat === undefined) return undefined;
  // The fields after the command name (which may hold spaces, so it is skipped to its ')'):
  // state is field 3, utime field 14, stime field 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return Number.isFinite(ticks) ? (ticks * 1000) / ticksPerSecond : undefined;
}
