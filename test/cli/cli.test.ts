/**
 * The `therapy-graph` binary as a user meets it, without Neo4j: --version, --help with
 * examples and environment variables, short usage errors, the audit without Neo4j settings,
 * and export's path mistakes, each one line naming the path, with a non-zero exit and no stack.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { runCli } from '../seed/cli-process.ts';

/** Nothing listens on port 1: a command that tries to connect fails, one that must not connect passes. */
const NO_NEO4J = { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x', NEO4J_CONNECT_TIMEOUT_MS: '1000' };

const oneLine = /^therapy-graph: [^\n]+\n$/;

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'therapy-graph-cli-'));
}

describe('therapy-graph, without Neo4j', () => {
  it('--version prints the package version', async () => {
    const { version } = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    expect(await runCli(['--version'], {})).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each([
    ['seed', ['npx therapy-graph seed --check', 'NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE', 'SEED_DIR']],
    ['audit', ['npx therapy-graph audit --only UNUSED_CITATIONS', 'SEED_DIR', 'LOG_LEVEL']],
    ['export', ['npx therapy-graph export --format csv --bom --out export/', 'npm run -s cli --', 'NEO4J_URI', 'QUERY_TIMEOUT_MS']],
  ])('%s --help shows examples and the environment variables it reads', async (command, expected) => {
    const run = await runCli([command, '--help'], {});
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Examples:\n');
    expect(run.stdout).toContain('Environment:\n');
    for (const text of expected) expect(run.stdout).toContain(text);
  });

  it('audit reads no Neo4j setting: NEO4J_URI without a password does not stop it', async () => {
    const run = await runCli(['audit', '--only', 'UNCITED_FACTS'], { NEO4J_URI: 'bolt://db.example:7687' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('PASSED');
  });

  it('a usage mistake is short: what is wrong and where to read more, not the whole help', async () => {
    const run = await runCli(['export', '--format', 'xml'], NO_NEO4J);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringContaining("error: option '--format <format>' argument 'xml' is invalid"),
      '(add --help for the options, examples and environment variables)',
    ]);
    const unknown = await runCli(['audit', '--only', 'NOISE'], NO_NEO4J);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no check named NOISE; the checks are UNCITED_ENTITIES');
    expect(unknown.stderr.split('\n').length).toBeLessThan(4);
  });

  it('audit prints the verdict and a summary of every finding before the details', async () => {
    const full = await runCli(['audit'], NO_NEO4J);
    expect(full.code).toBe(0);
    const lines = full.stdout.split('\n');
    expect(lines[1]).toMatch(/^PASSED/);
    expect(lines[3]).toBe('Summary');
    const details = lines.indexOf('UNUSED_CITATIONS', 4);
    const summaryLine = lines.findIndex((l) => /^\s+\d+ {2}UNUSED_CITATIONS /.test(l));
    expect(summaryLine).toBeGreaterThan(3);
    expect(details === -1 || details > summaryLine).toBe(true);
  });

  it('audit --only runs just the checks named (any case)', async () => {
    const only = await runCli(['audit', '--only', 'unused_citations', '--json'], NO_NEO4J);
    expect(only.code).toBe(0);
    const report = JSON.parse(only.stdout) as { findings: { name: string }[] };
    expect(report.findings.map((f) => f.name)).toEqual(['UNUSED_CITATIONS']);
  });

  describe('export: a destination that cannot be written is one line naming it, before Neo4j is contacted', () => {
    it.each([
      ['json into a folder that does not exist', async (dir: string) => ['--format', 'json', '--out', path.join(dir, 'missing', 'g.json')], /missing\/g\.json: the folder \S+missing does not exist/],
      ['graphml onto a folder', async (dir: string) => ['--format', 'graphml', '--out', dir], /: is a folder; give a file name, such as \S+therapy-graph\.graphml/],
      [
        'csv onto a file',
        async (dir: string) => {
          await writeFile(path.join(dir, 'taken'), 'x');
          return ['--format', 'csv', '--out', path.join(dir, 'taken')];
        },
        /taken: is a file; --format csv writes one file per kind into a folder/,
      ],
      [
        'csv under a file',
        async (dir: string) => {
          await writeFile(path.join(dir, 'file'), 'x');
          return ['--format', 'csv', '--out', path.join(dir, 'file', 'sub')];
        },
        /file\/sub: a part of the path is a file, not a folder/,
      ],
    ])('%s', async (_name, args, message) => {
      const run = await runCli(['export', ...(await args(await tempDir()))], NO_NEO4J);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(oneLine);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });

    it('--bom only with csv, --depth only with --from', async () => {
      expect((await runCli(['export', '--format', 'json', '--bom'], NO_NEO4J)).stderr).toBe('therapy-graph: --bom only goes with --format csv\n');
      expect((await runCli(['export', '--format', 'json', '--depth', '2'], NO_NEO4J)).stderr).toBe('therapy-graph: --depth only goes with --from\n');
    });
  });
});
