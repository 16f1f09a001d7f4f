/**
 * `therapy-graph audit [--dir graph-seed] [--json]`: the provenance audit of a seed folder,
 * without Neo4j or the API. It reads and validates the seed as `seed` does, builds the same
 * SeedGraph and runs src/audit on it, the checks the API's `audit` field runs on the loaded
 * graph. Exits 1 when the seed does not validate or a blocking finding occurs (something
 * not traced to an existing citation), else 0.
 */
import path from 'node:path';
import { Command } from 'commander';
import { auditGraph } from '../audit/audit.ts';
import { formatAuditReport } from '../audit/report-text.ts';
import { loadConfig } from '../config.ts';
import { prepareSeed } from '../seed/prepare.ts';
import { SeedInvalidError } from '../seed/problem.ts';
import { SeedFolderError } from '../seed/read.ts';

export function auditCommand(): Command {
  return new Command('audit')
    .description('audit the provenance of a seed folder: uncited facts, unused or incomplete citations, weakly supported claims, ...')
    .option('--dir <folder>', 'the seed folder (default: SEED_DIR, else graph-seed)')
    .option('--json', 'print the report as JSON (the same fields as the API\'s audit)')
    .action(async (options: { dir?: string; json?: boolean }) => {
      process.exitCode = await runAudit(options.dir ? path.resolve(options.dir) : loadConfig().seedDir, options.json ?? false);
    });
}

async function runAudit(dir: string, json: boolean): Promise<number> {
  let report;
  try {
    report = auditGraph(await prepareSeed(dir));
  } catch (err) {
    if (err instanceof SeedInvalidError) {
      console.error(`audit: ${err.message}; the seed must validate before it can be audited:`);
      for (const line of err.lines) console.error(`  ${line}`);
      return 1;
    }
    if (err instanceof SeedFolderError) {
      console.error(`audit: ${err.message}`);
      return 1;
    }
    throw err;
  }
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatAuditReport(report, path.relative(process.cwd(), dir) || dir));
  return report.passed ? 0 : 1;
}
