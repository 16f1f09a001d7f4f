import { InvalidArgumentError, Option, type Command } from 'commander';
import { loadConfig } from '../config.ts';
import { prepareDestination } from '../export/destination.ts';
import { exportGraph, exportHeader, type ExportProgress } from '../export/export-graph.ts';
import { EXPORT_FORMATS, openWriter, type ExportFormat } from '../export/open-writer.ts';
import { idsInScope, type ExportScope } from '../export/scope.ts';
import { connectNeo4j } from '../neo4j/connect.ts';
import { KIND_NAMES, RELATIONSHIP_TYPES, type KindName, type RelationshipType } from '../model/kinds.ts';
import { GraphReader } from '../neo4j/graph-reader.ts';
import { countOf } from './count-of.ts';
import { helpFooter } from './help-text.ts';
import { fraction, ProgressLine } from './progress-line.ts';
import { UsageError } from './report-error.ts';

interface ExportOptions {
  format: ExportFormat;
  from?: string;
  depth?: number;
  relationships?: RelationshipType[];
  types?: KindName[];
  exclude?: string[];
  out?: string;
  bom?: boolean;
}

/**
 * `export`: writes the graph in Neo4j (all of it, or the part within `--depth` of a node)
 * for researchers' own tools, with citations on the edges; the formats are described in
 * src/export/README.md. It checks the destination before reading anything, reads in batches
 * and writes as it reads (a progress line on a terminal), so a graph of any size streams through.
 */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('export the graph in Neo4j (or the part around one node) as JSON, CSV or GraphML, with citations on the edges')
    .addOption(new Option('--format <format>', 'json (one document), csv (one file per kind and relationships.csv) or graphml').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('--from <id>', 'only the nodes within --depth relationships of this one, either direction, and the citations they cite')
    .option('--depth <n>', 'with --from: how many relationships out (default 1)', wholeNumber)
    .option('--relationships <types>', `with --from: follow only these relationships, comma-separated (${RELATIONSHIP_TYPES.join(', ')})`, listOf(RELATIONSHIP_TYPES, 'relationship'))
    .option('--types <kinds>', `with --from: reach only nodes of these kinds, comma-separated (${KIND_NAMES.map(kebab).join(', ')})`, listOf(KIND_NAMES, 'kind'))
    .option('--exclude <ids>', 'with --from: never reach these ids, comma-separated (a hub such as targeted-therapy)', (v: string) => v.split(',').map((id) => id.trim().toLowerCase()).filter(Boolean))
    .option('--out <path>', 'a file for json and graphml (default: standard output); the folder for csv (required)')
    .option('--bom', 'with --format csv: start each file with a UTF-8 byte-order mark (for Excel)')
    .addHelpText(
      'after',
      helpFooter(
        [
          'npx therapy-graph export --format graphml --out therapy-graph.graphml',
          'npx therapy-graph export --format csv --bom --out export/',
          'npx therapy-graph export --format json --from imatinib --depth 2 --out imatinib.json',
          'npx therapy-graph export --format graphml --from imatinib --depth 2 --exclude targeted-therapy --types therapy,cancer-type,biomarker --out imatinib.graphml',
          'npm run -s cli -- export --format json > therapy-graph.json   # -s: without npm\'s banner',
        ],
        ['neo4j', 'local', 'timeout', 'logLevel'],
      ),
    )
    .action((options: ExportOptions) => exportCommand(options));
}

async function exportCommand(options: ExportOptions): Promise<void> {
  for (const [name, value] of [['--depth', options.depth], ['--relationships', options.relationships], ['--types', options.types], ['--exclude', options.exclude]] as const) {
    if (value !== undefined && options.from === undefined) throw new UsageError(`${name} only goes with --from`);
  }
  if (options.format === 'csv' && options.out === undefined) throw new UsageError('--format csv writes one file per kind and relationships.csv: give their folder with --out');
  if (options.bom && options.format !== 'csv') throw new UsageError('--bom only goes with --format csv');
  await prepareDestination(options.format, options.out);
  // Seed ids are lower-case slugs: `--from HER2` means her2.
  const scope: ExportScope =
    options.from === undefined
      ? { from: null }
      : { from: options.from.toLowerCase(), depth: options.depth ?? 1, walk: { relationships: options.relationships, labels: options.types, exclude: options.exclude } };
  const config = loadConfig();
  const started = performance.now();
  const neo4j = await connectNeo4j(config.neo4j);
  const progress = new ProgressLine(process.stderr, 'export');
  try {
    const reader = new GraphReader(neo4j.driver, neo4j.database, config.neo4j.queryTimeoutMs);
    // The ids first, so that an unknown --from fails before any file is written.
    const ids = await idsInScope(reader, scope);
    const writer = await openWriter(options.format, options.out, await exportHeader(reader, scope), { bom: options.bom });
    const show = (p: ExportProgress) => progress.show(`${p.phase === 'nodes' ? 'nodes' : 'relationships of nodes'} ${fraction(p.done, p.total)}`);
    const counts = await exportGraph(reader, ids, writer, undefined, show);
    progress.clear();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const what = `${countOf(counts.nodes, 'node')} and ${countOf(counts.edges, 'edge')}`;
    process.stderr.write(`exported ${what} as ${options.format} to ${options.out ?? 'standard output'} in ${seconds} s (${countOf(reader.roundTrips, 'read')})\n`);
  } finally {
    progress.clear();
    await neo4j.close();
  }
}

/** `CancerType` → `cancer-type`, as the option takes it. */
function kebab(name: string): string {
  return name.replace(/(?<=.)([A-Z])/g, '-$1').toLowerCase();
}

/** A comma-separated list of names from `known`, matched ignoring case, `-` and `_`. */
function listOf<T extends string>(known: readonly T[], what: string): (value: string) => T[] {
  const plain = (s: string) => s.replace(/[-_\s]/g, '').toLowerCase();
  return (value) =>
    value.split(',').filter((v) => v.trim() !== '').map((v) => {
      const found = known.find((k) => plain(k) === plain(v));
      if (!found) throw new InvalidArgumentError(`no ${what} named ${v.trim()}`);
      return found;
    });
}

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return n;
}
