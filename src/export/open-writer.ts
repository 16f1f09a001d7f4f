import path from 'node:path';
import { KIND_LIST } from '../model/kinds.ts';
import { fileOutput, stdoutOutput } from './output.ts';
import { csvFileName, csvWriter, RELATIONSHIPS_CSV } from './writers/csv-writer.ts';
import type { ExportHeader, GraphWriter } from './writers/graph-writer.ts';
import { graphmlWriter } from './writers/graphml-writer.ts';
import { jsonWriter } from './writers/json-writer.ts';

export const EXPORT_FORMATS = ['json', 'csv', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface WriterOptions {
  /** CSV only: start each file with a byte-order mark, so that Excel reads it as UTF-8. */
  bom?: boolean;
}

/**
 * The writer for a format and destination (checked first by destination.ts). JSON and
 * GraphML are one document: `out` is a file, or standard output when absent. CSV is one
 * file per kind plus relationships.csv, so `out` is their folder.
 */
export async function openWriter(format: ExportFormat, out: string | undefined, header: ExportHeader, options: WriterOptions = {}): Promise<GraphWriter> {
  if (format === 'csv') {
    if (out === undefined) throw new Error('CSV export needs a folder for its files');
    const kinds = await Promise.all(KIND_LIST.map(async (kind) => [kind.name, await fileOutput(path.join(out, csvFileName(kind)))] as const));
    return csvWriter(new Map(kinds), await fileOutput(path.join(out, RELATIONSHIPS_CSV)), options.bom ?? false);
  }
  const output = out === undefined ? stdoutOutput() : await fileOutput(out);
  return format === 'json' ? jsonWriter(output, header) : graphmlWriter(output, header);
}
