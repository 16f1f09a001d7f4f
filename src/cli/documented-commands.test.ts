import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../config.ts';

/** Documents that show CLI commands. */
const DOCS = ['README.md', 'src/export/README.md'];

describe('CLI commands in the docs', () => {
  it.each(DOCS)('%s: no `npm run cli` whose output is redirected keeps npm’s banner (it needs -s)', (doc) => {
    const lines = readFileSync(path.join(projectRoot, doc), 'utf8').split('\n');
    const bad = lines.filter((l) => /npm run (?!-s )(cli|seed)\b/.test(l) && /(^|\s)>\s/.test(l));
    expect(bad).toEqual([]);
    expect(lines.some((l) => /npx therapy-graph|npm run -s cli/.test(l))).toBe(true);
  });
});
