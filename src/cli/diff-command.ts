import path from 'node:path';
import type { Command } from 'commander';
import { loadSeedDir } from '../config.ts';
import { seedAt } from '../diff/seed-at.ts';
import { diffSeeds } from '../diff/seed-diff.ts';
import { formatSeedDiff } from '../diff/diff-text.ts';
import { helpFooter } from './help-text.ts';

interface DiffOptions {
  from: string;
  to?: string;
  json?: boolean;
}

/**
 * `diff`: what a release of the seed adds, removes and changes against another (entities,
 * facts, claims, citations), without Neo4j. `--from` and `--to` are folders or git
 * revisions; `--to` defaults to the seed folder as it is.
 */
export function registerDiffCommand(program: Command): void {
  program
    .command('diff')
    .description('list what the seed adds, removes and changes against another release: entities, facts, claims, citations')
    .requiredOption('--from <folder|revision>', 'the earlier release: a seed folder, or a git revision (its seed folder is read from git)')
    .option('--to <folder|revision>', 'the later release (default: $SEED_DIR, else graph-seed, as it is now)')
    .option('--json', 'print the diff as JSON')
    .addHelpText(
      'after',
      helpFooter(['npx therapy-graph diff --from 6c46d3f', 'npx therapy-graph diff --from old-seed --to graph-seed --json > diff.json'], ['seedDir', 'logLevel']),
    )
    .action((options: DiffOptions) => diff(options));
}

async function diff(options: DiffOptions): Promise<void> {
  const seedDir = loadSeedDir();
  const from = await seedAt(options.from, seedDir, '--from');
  const to = options.to === undefined ? await seedAt(seedDir, seedDir, '--to') : await seedAt(options.to, seedDir, '--to');
  const result = diffSeeds(from, to);
  const named = { ...result, to: options.to === undefined ? path.relative(process.cwd(), seedDir) || seedDir : result.to };
  process.stdout.write(options.json ? `${JSON.stringify(named, null, 2)}\n` : formatSeedDiff(named));
}
