import type { ExportEdge, ExportNode } from '../export-model.ts';
import { write, type Output } from '../output.ts';
import type { ExportHeader, GraphWriter } from './graph-writer.ts';

/**
 * One JSON document: `{format, seedHash, from, depth, nodes: [...], edges: [...]}`, a node
 * `{id, nodeType, label, ...attributes}`, an edge `{source, target, relationship,
 * citations | section, excerpt}`, lists as arrays. One row a line, so that it streams out
 * and diffs well. In pandas: `pd.json_normalize(json.load(f)["edges"])`.
 */
export async function jsonWriter(output: Output, header: ExportHeader): Promise<GraphWriter> {
  const opening = JSON.stringify({ format: 'therapy-graph export', ...header }).slice(0, -1);
  await write(output, `${opening},"nodes":[`);
  let section: 'nodes' | 'edges' = 'nodes';
  let first = true;
  const rows = async (lines: string[]) => {
    if (lines.length === 0) return;
    await write(output, (first ? '\n' : ',\n') + lines.join(',\n'));
    first = false;
  };
  const endNodes = async () => {
    if (section === 'edges') return;
    await write(output, '\n],"edges":[');
    section = 'edges';
    first = true;
  };
  return {
    nodes: (batch) => rows(batch.map(nodeJson)),
    edges: async (batch) => {
      await endNodes();
      await rows(batch.map(edgeJson));
    },
    finish: async () => {
      await endNodes();
      await write(output, '\n]}\n');
      await output.close();
    },
  };
}

function nodeJson(n: ExportNode): string {
  return JSON.stringify({ id: n.id, nodeType: n.nodeType, label: n.label, ...n.properties });
}

function edgeJson(e: ExportEdge): string {
  return JSON.stringify({ source: e.source, target: e.target, relationship: e.relationship, ...e.properties });
}
