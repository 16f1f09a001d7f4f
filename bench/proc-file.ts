/** A file of /proc/<pid>/ (Linux), or undefined where the process or /proc is gone. */
import { readFileSync } from 'node:fs';

export function readProcFile(pid: number, name: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${name}`, 'utf8');
  } catch {
    return undefined;
  }
}
