/**
 * The `therapy-graph` command line (`npm run cli -- <command>`, or bin/therapy-graph.js).
 * Each command lives in its own file and registers itself here; errors from any of them
 * are reported by report-error.ts as one clear line (and the process exits with 1).
 */
import { Command } from 'commander';
import { reportError } from './report-error.ts';
import { registerSeedCommand } from './seed-command.ts';
import { registerAuditCommand } from './audit-command.ts';
import { registerExportCommand } from './export-command.ts';

const program = new Command('therapy-graph')
  .description('Knowledge graph of cancer targeted therapies: seed, check and inspect the Neo4j graph.')
  .showHelpAfterError();

registerSeedCommand(program);
registerAuditCommand(program);
registerExportCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = reportError(err, process.stderr, process.env);
}
