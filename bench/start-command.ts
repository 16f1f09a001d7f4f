/**
 * What `npm start` runs, read from package.json's `start` script (`node <args> <entry>`), so
 * that the benchmark's child runs exactly that: the same entry (the compiled dist/main.js,
 * built first as `prestart` builds it) and the same node flags (the heap cap).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface StartCommand {
  /** node's own flags, e.g. `--max-old-space-size=256`. */
  nodeArgs: string[];
  /** The entry, relative to the project root. */
  entry: string;
}

export function startCommand(root: string): StartCommand {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const words = (pkg.scripts?.start ?? '').trim().split(/\s+/);
  const entry = words.at(-1);
  if (words[0] !== 'node' || !entry || words.length < 2) {
    throw new Error(`${root}/package.json: expected a start script "node [flags] <entry>", got "${pkg.scripts?.start}"`);
  }
  return { nodeArgs: words.slice(1, -1), entry };
}
