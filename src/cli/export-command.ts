/**
 * `therapy-graph export --format json|csv|graphml [--from <id> --depth <n>] [--out FILE]`:
 * writes the graph in Neo4j (the whole of it, or the part within `depth` of a node) for
 * researchers' own tools, citations on the edges. Formats: docs/export.md. Reads in batches
 * and writes as it reads, so a graph of any size streams through.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { loadConfig } from '../config.ts';
import { exportGraph, exportHeader } from '../export/export-graph.ts';
import { EXPORT_FORMATS, openWriter, type ExportFormat } from '../export/open-writer.ts';
import { ExportScopeError, idsInScope, type ExportScope } from '../export/scope.ts';
import { connectNeo4j } from '../neo4j/connect.ts';
import { GraphReader } from '../neo4j/graph-reader.ts';

interface ExportOptions {
  format: ExportFormat;
  from?: string;
  depth?: number;
  out?: string;
}

export function exportCommand(): Command {
  return new Command('export')
    .description('export the graph in Neo4j (or the part around one node) as JSON, CSV or GraphML, with citations on the edges')
    .addOption(new Option('--format <format>', 'json (one document), csv (nodes.csv + edges.csv) or graphml').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('--from <id>', 'export only the nodes within --depth relationships of this node (and the citations they cite)')
    .option('--depth <n>', 'with --from: how many relationships out, in either direction (default 1)', depthArgument)
    .option('--out <path>', 'where to write: a file (json, graphml; default: standard output) or a directory (csv, required)')
    .action(async (options: ExportOptions, command: Command) => {
      if (options.depth !== undefined && options.from === undefined) command.error('error: --depth needs --from');
      if (options.format === 'csv' && options.out === undefined) command.error('error: --format csv writes nodes.csv and edges.csv: give their directory with --out');
      const scope: ExportScope = options.from === undefined ? { from: null } : { from: options.from, depth: options.depth ?? 1 };
      process.exitCode = await runExport(options, scope);
    });
}

function depthArgument(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('a whole number, 0 or more');
  return n;
}

async function runExport(options: ExportOptions, scope: ExportScope): Promise<number> {
  const config = loadConfig();
  const started = performance.now();
  const neo4j = await connectNeo4j(config.neo4j);
  try {
    const reader = new GraphReader(neo4j.driver, neo4j.database, config.neo4j.queryTimeoutMs);
    // The ids first: an unknown --from fails before any file is written.
    const ids = await idsInScope(reader, scope);
    const writer = await openWriter(options.format, options.out, await exportHeader(reader, scope));
    const counts = await exportGraph(reader, ids, writer);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.error(
      `export: ${counts.nodes} nodes, ${counts.edges} edges as ${options.format} to ${options.out ?? 'standard output'} in ${seconds} s (${reader.roundTrips} reads)`,
    );
    return 0;
  } catch (err) {
    if (err instanceof ExportScopeError) {
      console.error(`export: ${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    await neo4j.close();
  }
}
