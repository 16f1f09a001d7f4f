/** What Linux's /proc says of a process, for the scenarios that measure the service's own use. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** User plus system CPU seconds a process has used (Linux /proc, 100 ticks a second). */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU time and run-queue wait of a process's threads (/proc/<pid>/task/<tid>/schedstat: ns on
 * a CPU, ns runnable but waiting for one), in ms; only `tid` when given (a process's main
 * thread has tid = pid: Node's event loop). Waiting time is what the machine's other work
 * cost this process: a late event loop that was waiting for a CPU was not blocked by its own work.
 */
export function schedMs(pid: number, tid?: number): { cpuMs: number; waitMs: number } {
  const tids = tid !== undefined ? [String(tid)] : readdirSync(`/proc/${pid}/task`);
  let cpu = 0;
  let wait = 0;
  for (const t of tids) {
    try {
      const [onCpu, waiting] = readFileSync(`/proc/${pid}/task/${t}/schedstat`, 'utf8').split(' ').map(Number);
      cpu += onCpu!;
      wait += waiting!;
    } catch {
      // the thread ended meanwhile
    }
  }
  return { cpuMs: cpu / 1e6, waitMs: wait / 1e6 };
}

/** The pid of the process listening on a local TCP port (ss), or undefined. */
export function pidListeningOn(port: number): number | undefined {
  const out = execFileSync('ss', ['-Hltnp', `sport = :${port}`], { encoding: 'utf8' });
  const m = /pid=(\d+)/.exec(out);
  return m ? Number(m[1]) : undefined;
}

/** CPU seconds the whole machine has been busy, all cores (/proc/stat: user, nice, system, irq, softirq, steal; 100 ticks a second). */
export function machineBusySeconds(): number {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) / 100;
}
