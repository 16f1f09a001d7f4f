/**
 * The `therapy-graph` command line (`npx therapy-graph <command>`, `npm run -s cli -- <command>`,
 * or bin/therapy-graph.js). Each command lives in its own file and registers itself here;
 * errors from any of them are reported by report-error.ts as one clear line (and the process
 * exits with 1). A usage mistake says what is wrong and where to read more, not the whole help.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { projectRoot } from '../config.ts';
import { registerAuditCommand } from './audit-command.ts';
import { registerDiffCommand } from './diff-command.ts';
import { registerExportCommand } from './export-command.ts';
import { reportError } from './report-error.ts';
import { registerSeedCommand } from './seed-command.ts';

const { version } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };

const program = new Command('therapy-graph')
  .description('Knowledge graph of cancer targeted therapies: seed, check and inspect the Neo4j graph.')
  .version(version, '-V, --version', 'print the version')
  .showHelpAfterError('(add --help for the options, examples and environment variables)');

registerSeedCommand(program);
registerAuditCommand(program);
registerExportCommand(program);
registerDiffCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = reportError(err, process.stderr, process.env);
}
