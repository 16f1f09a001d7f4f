import { InvalidArgumentError, Option, type Command } from 'commander';
import { loadConfig } from '../config.ts';
import { exportGraph, exportHeader } from '../export/export-graph.ts';
import { EXPORT_FORMATS, openWriter, type ExportFormat } from '../export/open-writer.ts';
import { idsInScope, type ExportScope } from '../export/scope.ts';
import { connectNeo4j } from '../neo4j/connect.ts';
import { GraphReader } from '../neo4j/graph-reader.ts';
import { UsageError } from './report-error.ts';

interface ExportOptions {
  format: ExportFormat;
  from?: string;
  depth?: number;
  out?: string;
}

/**
 * `export`: writes the graph in Neo4j (all of it, or the part within `--depth` of a node)
 * for researchers' own tools, with citations on the edges; the formats are described in
 * src/export/README.md. It reads in batches and writes as it reads, so a graph of any size
 * streams through.
 */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('export the graph in Neo4j (or the part around one node) as JSON, CSV or GraphML, with citations on the edges')
    .addOption(new Option('--format <format>', 'json (one document), csv (nodes.csv and edges.csv) or graphml').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('--from <id>', 'only the nodes within --depth relationships of this one, either direction, and the citations they cite')
    .option('--depth <n>', 'with --from: how many relationships out (default 1)', wholeNumber)
    .option('--out <path>', 'a file for json and graphml (default: standard output); the directory for csv (required)')
    .action((options: ExportOptions) => exportCommand(options));
}

async function exportCommand(options: ExportOptions): Promise<void> {
  if (options.depth !== undefined && options.from === undefined) throw new UsageError('--depth only goes with --from');
  if (options.format === 'csv' && options.out === undefined) throw new UsageError('--format csv writes nodes.csv and edges.csv: give their directory with --out');
  const scope: ExportScope = options.from === undefined ? { from: null } : { from: options.from, depth: options.depth ?? 1 };
  const config = loadConfig();
  const started = performance.now();
  const neo4j = await connectNeo4j(config.neo4j);
  try {
    const reader = new GraphReader(neo4j.driver, neo4j.database, config.neo4j.queryTimeoutMs);
    // The ids first, so that an unknown --from fails before any file is written.
    const ids = await idsInScope(reader, scope);
    const writer = await openWriter(options.format, options.out, await exportHeader(reader, scope));
    const counts = await exportGraph(reader, ids, writer);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stderr.write(`exported ${counts.nodes} nodes and ${counts.edges} edges as ${options.format} to ${options.out ?? 'standard output'} in ${seconds} s (${reader.roundTrips} reads)\n`);
  } finally {
    await neo4j.close();
  }
}

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return n;
}
