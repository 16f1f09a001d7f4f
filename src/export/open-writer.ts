import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileOutput, stdoutOutput } from './output.ts';
import { csvWriter } from './writers/csv-writer.ts';
import type { ExportHeader, GraphWriter } from './writers/graph-writer.ts';
import { graphmlWriter } from './writers/graphml-writer.ts';
import { jsonWriter } from './writers/json-writer.ts';

export const EXPORT_FORMATS = ['json', 'csv', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The writer for a format and destination. JSON and GraphML are one document: `out` is a
 * file, or standard output when absent. CSV is two files, so `out` is a directory (created
 * if needed) that receives nodes.csv and edges.csv.
 */
export async function openWriter(format: ExportFormat, out: string | undefined, header: ExportHeader): Promise<GraphWriter> {
  if (format === 'csv') {
    if (out === undefined) throw new Error('CSV export needs a directory for nodes.csv and edges.csv');
    await mkdir(out, { recursive: true });
    return csvWriter(fileOutput(path.join(out, 'nodes.csv')), fileOutput(path.join(out, 'edges.csv')));
  }
  const output = out === undefined ? stdoutOutput() : fileOutput(out);
  return format === 'json' ? jsonWriter(output, header) : graphmlWriter(output, header);
}
