/**
 * The process started with a given pair of arguments, found in /proc/<pid>/cmdline (Linux).
 * The bench's local Neo4j is a Java child of src/neo4j-local, or one that an earlier run left
 * listening and this run reuses (then no handle knows its pid): its `--home <dir>` names it.
 */
import { readdirSync } from 'node:fs';
import { readProcFile } from './proc-file.ts';

/** The lowest pid whose arguments hold `flag` directly followed by `value`, or undefined. */
export function findProcessByArgs(flag: string, value: string): number | undefined {
  let pids: number[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number).sort((a, b) => a - b);
  } catch {
    return undefined;
  }
  for (const pid of pids) {
    const args = readProcFile(pid, 'cmdline')?.split('\0');
    const at = args?.indexOf(flag) ?? -1;
    if (at >= 0 && args![at + 1] === value) return pid;
  }
  return undefined;
}
