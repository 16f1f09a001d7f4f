/**
 * Reads an export back as the tools it is for would: GraphML with a real XML parser
 * (fast-xml-parser, which also checks well-formedness), CSV with Python's csv module (the
 * reader pandas users know; python3 is on this project's machines), JSON with JSON.parse.
 * Each gives the same neutral shape, so one set of assertions covers the three formats.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { KIND_LIST } from '../../../src/model/kinds.ts';

export interface ReadNode {
  id: string;
  nodeType: string;
  label: string;
  /** Every attribute as the format gives it (lists joined with `|` in CSV and GraphML). */
  values: Record<string, string>;
}

export interface ReadEdge {
  source: string;
  target: string;
  relationship: string;
  citations: string[];
  values: Record<string, string>;
}

export interface ReadExport {
  nodes: ReadNode[];
  edges: ReadEdge[];
}

const splitList = (value: string | undefined) => (value ? value.split('|') : []);

export async function readGraphml(file: string): Promise<ReadExport & { keys: { id: string; for: string; name: string }[] }> {
  const text = await readFile(file, 'utf8');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
  });
  const doc = parser.parse(text) as { graphml: { key: Record<string, string>[]; graph: { node?: XmlElement[]; edge?: XmlElement[] } } };
  const keys = doc.graphml.key.map((k) => ({ id: k.id!, for: k.for!, name: k['attr.name']! }));
  const nameOf = new Map(keys.map((k) => [k.id, k]));
  const values = (e: XmlElement, scope: string) => {
    const out: Record<string, string> = {};
    for (const d of e.data ?? []) {
      const key = nameOf.get(d.key);
      if (!key || key.for !== scope) throw new Error(`data key ${d.key} is not declared for ${scope}`);
      out[key.name] = d['#text'] ?? '';
    }
    return out;
  };
  return {
    keys,
    nodes: (doc.graphml.graph.node ?? []).map((n) => {
      const v = values(n, 'node');
      return { id: n.id!, nodeType: v.nodeType!, label: v.label!, values: v };
    }),
    edges: (doc.graphml.graph.edge ?? []).map((e) => {
      const v = values(e, 'edge');
      return { source: e.source!, target: e.target!, relationship: v.relationship!, citations: splitList(v.citations), values: v };
    }),
  };
}

interface XmlElement {
  id?: string;
  source?: string;
  target?: string;
  data?: { key: string; '#text'?: string }[];
}

const READ_CSV_FILES = `
import csv, json, os, sys
out = {}
for name in sorted(os.listdir(sys.argv[1])):
    with open(os.path.join(sys.argv[1], name), newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        out[name] = [reader.fieldnames, list(reader)]
print(json.dumps(out))
`;

/** One file per kind (named like its seed file) and relationships.csv, all read by one run of Python's csv module (a byte-order mark allowed). */
export async function readCsvDirectory(dir: string): Promise<ReadExport & { columns: Record<string, string[]> }> {
  const files = JSON.parse(execFileSync('python3', ['-c', READ_CSV_FILES, dir], { maxBuffer: 1 << 28 }).toString()) as Record<string, [string[], Record<string, string>[]]>;
  const columns = Object.fromEntries(Object.entries(files).map(([file, [names]]) => [file, names]));
  const nodes = KIND_LIST.flatMap((kind) =>
    files[kind.file.replace('.yaml', '.csv')]![1].map((r) => ({ id: r.id!, nodeType: kind.name, label: r.label!, values: nonEmpty(r) })),
  );
  return {
    columns,
    nodes,
    edges: files['relationships.csv']![1].map((r) => ({ source: r.source!, target: r.target!, relationship: r.relationship!, citations: splitList(r.citations), values: nonEmpty(r) })),
  };
}

export async function readJson(file: string): Promise<ReadExport & { header: Record<string, unknown> }> {
  const { nodes, edges, ...header } = JSON.parse(await readFile(file, 'utf8')) as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
  const flat = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Array.isArray(v) ? v.join('|') : String(v)]));
  return {
    header,
    nodes: nodes.map((n) => ({ id: String(n.id), nodeType: String(n.nodeType), label: String(n.label), values: flat(n) })),
    edges: edges.map((e) => ({
      source: String(e.source),
      target: String(e.target),
      relationship: String(e.relationship),
      citations: (e.citations as string[] | undefined) ?? [],
      values: flat(e),
    })),
  };
}

/** CSV has a column for every attribute; an empty field is an absent value. */
function nonEmpty(row: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== ''));
}
