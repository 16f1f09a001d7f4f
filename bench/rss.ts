/** Resident memory of a process from /proc/<pid>/status (Linux), in KiB. */
import { readProcFile } from './proc-file.ts';

export interface Rss {
  /** VmRSS: resident now. */
  rssKiB: number;
  /** VmHWM: the process's peak resident set so far. */
  hwmKiB: number;
}

export function readRss(pid: number): Rss | undefined {
  const status = readProcFile(pid, 'status');
  if (status === undefined) return undefined;
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssKiB: field('VmRSS'), hwmKiB: field('VmHWM') };
}

/** Samples VmRSS every `intervalMs` until stopped; returns the highest seen. */
export function sampleRss(pid: number, intervalMs = 200): { stop(): number } {
  let peak = readRss(pid)?.rssKiB ?? 0;
  const timer = setInterval(() => {
    const now = readRss(pid)?.rssKiB ?? 0;
    if (now > peak) peak = now;
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, readRss(pid)?.rssKiB ?? 0);
    },
  };
}
