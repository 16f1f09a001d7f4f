/**
 * `therapy-graph diff` as a user runs it, without Neo4j: against a folder, against the first
 * release by git revision, as text and JSON, and its mistakes in one line. Expected values come
 * from the seed files and the edits the test makes, never typed in as counts.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { SeedDiff } from '../../src/diff/seed-diff.ts';
import { prepareSeed } from '../../src/seed/prepare.ts';
import { runCli } from '../seed/cli-process.ts';

const NO_NEO4J = { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x', NEO4J_CONNECT_TIMEOUT_MS: '1000' };
/** The first release: the commit before the second release's changes to graph-seed. */
const FIRST_RELEASE = '6c46d3f';
const oneLine = /^therapy-graph: [^\n]+\n$/;

async function seedCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'therapy-graph-diff-'));
  await cp(loadConfig().seedDir, dir, { recursive: true });
  return dir;
}

describe('therapy-graph diff', () => {
  it('lists what the seed adds, removes and changes against an edited copy, as JSON and as text', async () => {
    const older = await seedCopy();
    const therapies = path.join(older, 'therapies.yaml');
    // The copy lacks one schedule and describes imatinib otherwise: the seed "adds" the one and "changes" the other.
    await writeFile(path.join(older, 'schedules.yaml'), (await readFile(path.join(older, 'schedules.yaml'), 'utf8')).replace(/- id: cycles[\s\S]*?(?=\n- id:)/, ''));
    await writeFile(therapies, (await readFile(therapies, 'utf8')).replace('description: Oral kinase inhibitor of BCR-ABL', 'description: Kinase inhibitor of BCR-ABL'));
    const json = await runCli(['diff', '--from', older, '--json'], NO_NEO4J);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const diff = JSON.parse(json.stdout) as SeedDiff;
    expect(diff.entities.added).toEqual([{ id: 'cycles', kind: 'Schedule' }]);
    expect(diff.entities.changed).toEqual([{ id: 'imatinib', kind: 'Therapy', fields: ['description'] }]);
    // The facts into the schedule stand in therapies.yaml, the same in both: no fact changed.
    expect(diff.facts).toEqual({ added: [], removed: [], changed: [] });
    const text = await runCli(['diff', '--from', older], NO_NEO4J);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`| entities | 1 | 0 | 1 |`);
    expect(text.stdout).toContain('- Therapy imatinib: description');
  });

  it('reads the first release from git: every indication is new, no therapy is gone', async () => {
    const run = await runCli(['diff', '--from', FIRST_RELEASE, '--json'], NO_NEO4J);
    expect(run.stderr).toBe('');
    const diff = JSON.parse(run.stdout) as SeedDiff;
    const seed = await prepareSeed(loadConfig().seedDir);
    const indications = seed.nodes.filter((n) => n.label === 'Indication').map((n) => n.id).sort();
    expect(indications.length).toBeGreaterThan(0);
    expect(diff.entities.added.filter((e) => e.kind === 'Indication').map((e) => e.id)).toEqual(indications);
    expect(diff.entities.removed.filter((e) => e.kind === 'Therapy')).toEqual([]);
    expect(diff.from).toContain(FIRST_RELEASE);
  });

  it('is what graph-seed/CHANGELOG.md records below its opening paragraph', async () => {
    const run = await runCli(['diff', '--from', FIRST_RELEASE], NO_NEO4J);
    expect(run.code).toBe(0);
    const changelog = await readFile(path.join(loadConfig().seedDir, 'CHANGELOG.md'), 'utf8');
    expect(changelog.slice(changelog.indexOf('# Seed diff from'))).toBe(run.stdout);
  });

  it('says in one line what is wrong with --from: neither a folder nor a revision; a file that is not YAML', async () => {
    const missing = await runCli(['diff', '--from', 'no-such-release'], NO_NEO4J);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(oneLine);
    expect(missing.stderr).toContain('--from no-such-release: neither a folder nor a git revision');
    const broken = await seedCopy();
    await writeFile(path.join(broken, 'mechanisms.yaml'), '- id: x\n  name: [unclosed\n');
    const bad = await runCli(['diff', '--from', broken], NO_NEO4J);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(oneLine);
    expect(bad.stderr).toMatch(/mechanisms\.yaml: line \d+, column \d+: YAML syntax/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
