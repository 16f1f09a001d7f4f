/** What Linux's /proc says of a process, for the scenarios that measure the service's own use. */
import { readFileSync } from 'node:fs';

/** User plus system CPU seconds a process has used (Linux /proc, 100 ticks a second). */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
