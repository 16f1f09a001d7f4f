/**
 * A release of the seed to compare: a folder, or the seed folder as a git revision holds it
 * (`6c46d3f`, `v1`, `main~3`), read with `git ls-tree` and `git show` without touching the
 * work tree. Only YAML problems stop the diff; a file an older release did not have
 * (indications.yaml before there were indications) is just a kind it held nothing of.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatProblem } from '../seed/problem.ts';
import { parseSeed, readSeed, type SeedSource } from '../seed/read.ts';

export class SeedReleaseError extends Error {
  override name = 'SeedReleaseError';
}

/** `ref` as a folder if one exists there, else as a git revision of the repository holding `seedDir`. */
export async function seedAt(ref: string, seedDir: string, option: string): Promise<SeedSource> {
  const source = existsSync(ref) && statSync(ref).isDirectory() ? await readSeed(path.resolve(ref)) : fromGit(ref, seedDir, option);
  const problems = source.problems.filter((p) => !p.message.startsWith('file not found'));
  if (problems.length > 0) throw new SeedReleaseError(`${option} ${ref}: ${formatProblem(problems[0]!)}`);
  return source;
}

function fromGit(rev: string, seedDir: string, option: string): SeedSource {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: seedDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  let top: string;
  let commit: string;
  try {
    top = git('rev-parse', '--show-toplevel').trim();
  } catch {
    throw new SeedReleaseError(`${option} ${rev}: no such folder, and ${seedDir} is not in a git repository to read a revision from`);
  }
  try {
    commit = git('rev-parse', '--verify', '--quiet', `${rev}^{commit}`).trim();
  } catch {
    throw new SeedReleaseError(`${option} ${rev}: neither a folder nor a git revision of ${top}`);
  }
  const inRepo = path.relative(top, path.resolve(seedDir)).split(path.sep).join('/');
  const files = git('ls-tree', '--full-tree', '--name-only', commit, `${inRepo}/`)
    .split('\n')
    .filter((f) => /\.ya?ml$/.test(f));
  if (files.length === 0) throw new SeedReleaseError(`${option} ${rev}: the revision has no seed files in ${inRepo}/`);
  const texts = files.map((f) => ({ file: path.posix.basename(f), text: git('show', `${commit}:${f}`) }));
  return parseSeed(texts, `${rev} (${inRepo} at ${commit.slice(0, 7)})`);
}
