/**
 * Figures a scenario measured: printed, and written to test/reliability/results/<name>.json
 * (git-ignored) so that RELIABILITY.md can quote a real run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../src/config.ts';

const dir = path.join(projectRoot, 'test/reliability/results');

export function report(name: string, figures: Record<string, unknown>): void {
  const record = { scenario: name, at: new Date().toISOString(), ...figures };
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(record, null, 2)}\n`);
  const line = JSON.stringify(figures);
  console.log(`[${name}] ${line.length > 1500 ? `${line.slice(0, 1500)}… (all of it in ${path.relative(projectRoot, dir)}/${name}.json)` : line}`);
}
