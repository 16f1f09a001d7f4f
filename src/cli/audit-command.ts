import path from 'node:path';
import type { Command } from 'commander';
import { auditGraph } from '../audit/audit.ts';
import { formatAuditReport } from '../audit/report-text.ts';
import { loadConfig } from '../config.ts';
import { prepareSeed } from '../seed/prepare.ts';

interface AuditOptions {
  dir?: string;
  json?: boolean;
}

/**
 * `audit`: the provenance audit of a seed folder, without Neo4j or the API. It reads and
 * validates the seed as `seed` does, builds the same SeedGraph and runs src/audit on it:
 * the checks the API's `audit` field runs on the loaded graph, with the same findings.
 * Exits 1 when the seed does not validate (reported like `seed` does) or a blocking finding
 * occurs (something not traced to an existing citation).
 */
export function registerAuditCommand(program: Command): void {
  program
    .command('audit')
    .description('audit the provenance of a seed folder: uncited facts, unused, duplicate or incomplete citations, weakly supported claims, ...')
    .option('--dir <folder>', 'seed folder (default: $SEED_DIR, else graph-seed)')
    .option('--json', "print the report as JSON (the fields of the API's `audit`)")
    .action((options: AuditOptions) => audit(options));
}

async function audit(options: AuditOptions): Promise<void> {
  const dir = options.dir === undefined ? loadConfig().seedDir : path.resolve(options.dir);
  const report = auditGraph(await prepareSeed(dir));
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatAuditReport(report, path.relative(process.cwd(), dir) || dir));
  if (!report.passed) process.exitCode = 1;
}
