import { EDGE_PROPERTIES, flatValue, NODE_PROPERTIES, type ExportEdge, type ExportNode } from '../export-model.ts';
import { write, type Output } from '../output.ts';
import type { ExportHeader, GraphWriter } from './graph-writer.ts';

/**
 * GraphML (http://graphml.graphdrawing.org/), as Gephi, Cytoscape, yEd and networkx read
 * it: a directed graph, every attribute declared as a string `<key>` before the graph (node
 * keys `nodeType`, `label` and each attribute; edge keys `relationship` and each edge
 * property), lists joined with `|`. Gephi shows the `label` key on nodes.
 */
export async function graphmlWriter(output: Output, header: ExportHeader): Promise<GraphWriter> {
  const keys = [
    ...['nodeType', 'label', ...NODE_PROPERTIES].map((name) => keyElement('node', name)),
    ...['relationship', ...EDGE_PROPERTIES].map((name) => keyElement('edge', name)),
  ];
  const description = `therapy-graph export; seed ${header.seedHash ?? 'unknown'}; ${
    header.from === null ? 'whole graph' : `within ${header.depth} of ${header.from}`
  }`;
  await write(
    output,
    `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <desc>${escapeXml(description)}</desc>
${keys.join('\n')}
  <graph id="therapy-graph" edgedefault="directed">
`,
  );
  let edgeNumber = 0;
  return {
    nodes: (batch) => write(output, batch.map(nodeElement).join('')),
    edges: (batch) => write(output, batch.map((e) => edgeElement(e, `e${++edgeNumber}`)).join('')),
    finish: async () => {
      await write(output, '  </graph>\n</graphml>\n');
      await output.close();
    },
  };
}

function keyElement(scope: 'node' | 'edge', name: string): string {
  return `  <key id="${keyId(scope, name)}" for="${scope}" attr.name="${name}" attr.type="string"/>`;
}

/** Node and edge keys live in one id space; `kind` is a node attribute only, `citations` both. */
function keyId(scope: 'node' | 'edge', name: string): string {
  return `${scope === 'node' ? 'n' : 'e'}_${name}`;
}

function nodeElement(n: ExportNode): string {
  const data = [dataElement('node', 'nodeType', n.nodeType), dataElement('node', 'label', n.label)];
  for (const p of NODE_PROPERTIES) data.push(dataElement('node', p, flatValue(n.properties[p])));
  return `    <node id="${escapeXml(n.id)}">${data.join('')}</node>\n`;
}

function edgeElement(e: ExportEdge, id: string): string {
  const data = [dataElement('edge', 'relationship', e.relationship)];
  for (const p of EDGE_PROPERTIES) data.push(dataElement('edge', p, flatValue(e.properties[p])));
  return `    <edge id="${id}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">${data.join('')}</edge>\n`;
}

function dataElement(scope: 'node' | 'edge', name: string, value: string | undefined): string {
  return value === undefined ? '' : `<data key="${keyId(scope, name)}">${escapeXml(value)}</data>`;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text safe in XML content and attribute values. Control characters other than tab, line
 * feed and carriage return cannot appear in XML 1.0 at all, even escaped, so they are
 * dropped rather than producing a file no parser accepts.
 */
export function escapeXml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
