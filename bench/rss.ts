/** Resident memory of a process from /proc/<pid>/status (Linux), in KiB. */
import { readFileSync } from 'node:fs';

export interface Rss {
  /** VmRSS: resident now. */
  rssKiB: number;
  /** VmHWM: the process's peak resident set so far. */
  hwmKiB: number;
}

export function readRss(pid: number): Rss | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
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
