import { stringify } from 'csv-stringify/sync';
import { KINDS, type KindName, type KindSpec } from '../../model/kinds.ts';
import { EDGE_PROPERTIES, flatValue, type ExportEdge, type ExportNode } from '../export-model.ts';
import { write, type Output } from '../output.ts';
import type { GraphWriter } from './graph-writer.ts';

export const RELATIONSHIPS_CSV = 'relationships.csv';
export const EDGE_COLUMNS: readonly string[] = ['source', 'target', 'relationship', ...EDGE_PROPERTIES];

/** `therapies.csv`: named like the kind's seed file. */
export function csvFileName(kind: KindSpec): string {
  return kind.file.replace(/\.ya?ml$/, '.csv');
}

/** A kind's columns: id, label (what a graph tool shows), its own attributes, then `citations` for kinds that cite. */
export function nodeColumns(kind: KindSpec): string[] {
  return ['id', 'label', ...Object.keys(kind.attributes), ...(kind.cited ? ['citations'] : [])];
}

/**
 * RFC 4180 files with a header row, as Excel, Gephi's spreadsheet import, Cytoscape's table
 * import and pandas' read_csv take them: one per kind (therapies.csv, citations.csv, ...,
 * each with only that kind's columns) and relationships.csv. Records end with CRLF, as the
 * RFC says; fields are quoted when they hold a comma, quote or line break. An absent value
 * is an empty field; a list's items are joined with `|`. With `bom`, each file starts with
 * a UTF-8 byte-order mark, without which Excel garbles ’, ö and α.
 */
export async function csvWriter(kindOutputs: ReadonlyMap<KindName, Output>, relationshipsOut: Output, bom: boolean): Promise<GraphWriter> {
  const start = bom ? '\uFEFF' : '';
  for (const [kind, out] of kindOutputs) await write(out, start + csv([nodeColumns(KINDS[kind])]));
  await write(relationshipsOut, start + csv([[...EDGE_COLUMNS]]));
  return {
    nodes: async (batch) => {
      for (const [kind, out] of kindOutputs) {
        const rows = batch.filter((n) => n.nodeType === kind).map((n) => nodeRow(n, KINDS[kind]));
        if (rows.length > 0) await write(out, csv(rows));
      }
    },
    edges: (batch) => write(relationshipsOut, csv(batch.map(edgeRow))),
    finish: async () => {
      for (const out of [...kindOutputs.values(), relationshipsOut]) await out.close();
    },
  };
}

function csv(rows: string[][]): string {
  return stringify(rows, { record_delimiter: 'windows' });
}

function nodeRow(n: ExportNode, kind: KindSpec): string[] {
  const [, , ...properties] = nodeColumns(kind);
  return [n.id, n.label, ...properties.map((p) => flatValue(n.properties[p]) ?? '')];
}

function edgeRow(e: ExportEdge): string[] {
  return [e.source, e.target, e.relationship, ...EDGE_PROPERTIES.map((p) => flatValue(e.properties[p]) ?? '')];
}
