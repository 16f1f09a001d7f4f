import { stringify } from 'csv-stringify/sync';
import { EDGE_PROPERTIES, flatValue, NODE_PROPERTIES, type ExportEdge, type ExportNode } from '../export-model.ts';
import { write, type Output } from '../output.ts';
import type { GraphWriter } from './graph-writer.ts';

export const NODE_COLUMNS: readonly string[] = ['id', 'nodeType', 'label', ...NODE_PROPERTIES];
export const EDGE_COLUMNS: readonly string[] = ['source', 'target', 'relationship', ...EDGE_PROPERTIES];

/**
 * Two RFC 4180 files with a header row, as Gephi's spreadsheet import, Cytoscape's table
 * import and pandas' read_csv take them: nodes.csv (NODE_COLUMNS) and edges.csv
 * (EDGE_COLUMNS). An absent value is an empty field; a list's items are joined with `|`.
 */
export async function csvWriter(nodesOut: Output, edgesOut: Output): Promise<GraphWriter> {
  await write(nodesOut, stringify([NODE_COLUMNS]));
  await write(edgesOut, stringify([EDGE_COLUMNS]));
  return {
    nodes: (batch) => write(nodesOut, stringify(batch.map(nodeRow))),
    edges: (batch) => write(edgesOut, stringify(batch.map(edgeRow))),
    finish: async () => {
      await nodesOut.close();
      await edgesOut.close();
    },
  };
}

function nodeRow(n: ExportNode): string[] {
  return [n.id, n.nodeType, n.label, ...NODE_PROPERTIES.map((p) => flatValue(n.properties[p]) ?? '')];
}

function edgeRow(e: ExportEdge): string[] {
  return [e.source, e.target, e.relationship, ...EDGE_PROPERTIES.map((p) => flatValue(e.properties[p]) ?? '')];
}
