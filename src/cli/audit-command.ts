import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { auditGraph } from '../audit/audit.ts';
import { FINDING_NAMES, type FindingName } from '../audit/findings.ts';
import { formatAuditReport } from '../audit/report-text.ts';
import { loadSeedDir } from '../config.ts';
import { prepareSeed } from '../seed/prepare.ts';
import { helpFooter } from './help-text.ts';

interface AuditOptions {
  dir?: string;
  json?: boolean;
  only: FindingName[];
}

/**
 * `audit`: the provenance audit of a seed folder, without Neo4j or the API (it reads no
 * Neo4j setting, so a half-set NEO4J_URI does not stop it). It reads and validates the seed
 * as `seed` does, builds the same SeedGraph and runs src/audit on it: the checks the API's
 * `audit` field runs on the loaded graph, with the same findings. Exits 1 when the seed does
 * not validate (reported like `seed` does) or a blocking finding occurs (something not
 * traced to an existing citation).
 */
export function registerAuditCommand(program: Command): void {
  program
    .command('audit')
    .description('audit the provenance of a seed folder: uncited facts, unused, duplicate or incomplete citations, weakly supported claims, ...')
    .option('--dir <folder>', 'seed folder (default: $SEED_DIR, else graph-seed)')
    .option('--json', "print the report as JSON (the fields of the API's `audit`)")
    .option('--only <name>', `run only this check (repeatable): ${FINDING_NAMES.join(', ')}`, findingName, [])
    .addHelpText(
      'after',
      helpFooter(
        ['npx therapy-graph audit', 'npx therapy-graph audit --only UNUSED_CITATIONS', 'npx therapy-graph audit --dir my-seed --json > audit.json'],
        ['seedDir', 'logLevel'],
      ),
    )
    .action((options: AuditOptions) => audit(options));
}

async function audit(options: AuditOptions): Promise<void> {
  const dir = options.dir === undefined ? loadSeedDir() : path.resolve(options.dir);
  const report = auditGraph(await prepareSeed(dir), options.only);
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatAuditReport(report, path.relative(process.cwd(), dir) || dir));
  if (!report.passed) process.exitCode = 1;
}

/** A finding name in any case (`unused_citations`), added to those given before. */
function findingName(value: string, previous: FindingName[]): FindingName[] {
  const name = value.toUpperCase().replaceAll('-', '_');
  if (!(FINDING_NAMES as readonly string[]).includes(name)) throw new InvalidArgumentError(`no check named ${value}; the checks are ${FINDING_NAMES.join(', ')}`);
  return [...previous, name as FindingName];
}
