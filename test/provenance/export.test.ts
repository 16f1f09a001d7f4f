/**
 * `therapy-graph export` against the test Neo4j: each format read back by a real parser
 * (support/export-files.ts) holds exactly the graph's nodes and relationships, with the
 * citations on the edges; a subgraph is exactly the neighbourhood Cypher finds; awkward
 * text survives; and reads are batched, so memory holds one batch, not the graph.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { projectRoot } from '../../src/config.ts';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countOf } from '../../src/cli/count-of.ts';
import { exportGraph } from '../../src/export/export-graph.ts';
import type { ExportEdge, ExportNode } from '../../src/export/export-model.ts';
import { idsInScope } from '../../src/export/scope.ts';
import type { GraphWriter } from '../../src/export/writers/graph-writer.ts';
import { GraphReader } from '../../src/neo4j/graph-reader.ts';
import { runCli, testNeo4jEnv } from '../seed/cli-process.ts';
import { ensureShippedSeed } from '../support/seeded.ts';
import { fixtureGraph } from '../fixtures/audit/fixture-seed.ts';
import { readCsvDirectory, readGraphml, readJson, type ReadExport } from './support/export-files.ts';
import { cypher, loadTestGraph, restoreShippedSeedAfterAll, withTestNeo4j } from './support/test-graph.ts';

/** The graph's relationships as `source RELATIONSHIP target citation|ids`, sorted. */
async function edgesInGraph(): Promise<string[]> {
  const rows = await cypher<{ edge: string }>(
    `MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id + ' ' + type(r) + ' ' + b.id + ' ' + reduce(s = '', c IN coalesce(r.citations, []) | s + c + '|') AS edge`,
  );
  return rows.map((r) => r.edge).sort();
}

async function nodesInGraph(): Promise<string[]> {
  return (await cypher<{ id: string }>(`MATCH (n:Entity) RETURN n.id AS id ORDER BY id`)).map((r) => r.id);
}

const edgeKeys = (e: ReadExport) => e.edges.map((x) => `${x.source} ${x.relationship} ${x.target} ${x.citations.map((c) => `${c}|`).join('')}`).sort();
const nodeIds = (e: ReadExport) => e.nodes.map((n) => n.id).sort();

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'therapy-graph-export-'));
}

async function exportWith(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const run = await runCli(['export', ...args], testNeo4jEnv());
  return { code: run.code, stderr: run.stderr };
}

describe('export of the shipped graph', () => {
  let nodes: string[];
  let edges: string[];
  beforeAll(async () => {
    await ensureShippedSeed();
    nodes = await nodesInGraph();
    edges = await edgesInGraph();
  });

  it('GraphML: valid XML, every key declared before use, every node and edge of the graph with its citations', async () => {
    const file = path.join(await tempDir(), 'graph.graphml');
    const run = await exportWith(['--format', 'graphml', '--out', file]);
    expect(run).toEqual({ code: 0, stderr: expect.stringMatching(new RegExp(`^exported ${countOf(nodes.length, 'node')} and ${countOf(edges.length, 'edge')} as graphml to `)) });
    const g = await readGraphml(file);
    expect(nodeIds(g)).toEqual(nodes);
    expect(edgeKeys(g)).toEqual(edges);
    expect(new Set(g.keys.map((k) => k.id)).size).toBe(g.keys.length);
    const imatinib = g.nodes.find((n) => n.id === 'imatinib')!;
    expect(imatinib).toMatchObject({ nodeType: 'Therapy', label: 'Imatinib' });
    expect(imatinib.values).toMatchObject({ aliases: 'Gleevec|imatinib mesylate', citations: 'label-gleevec|acs-targeted-therapy', kind: 'small-molecule' });
    const support = g.edges.find((e) => e.relationship === 'SUPPORTED_BY' && e.values.excerpt)!;
    expect(support.values.section!.length).toBeGreaterThan(0);
  });

  it('JSON: one document, the header naming the seed, the same nodes and edges', async () => {
    const file = path.join(await tempDir(), 'graph.json');
    expect((await exportWith(['--format', 'json', '--out', file])).code).toBe(0);
    const j = await readJson(file);
    const [meta] = await cypher<{ hash: string }>(`MATCH (m:SeedMeta) RETURN m.hash AS hash`);
    expect(j.header).toEqual({ format: 'therapy-graph export', seedHash: meta!.hash, from: null, depth: null });
    expect(nodeIds(j)).toEqual(nodes);
    expect(edgeKeys(j)).toEqual(edges);
    // The loader's stored sort keys are in the graph, and bookkeeping: not exported.
    const [keyed] = await cypher<{ n: number }>(`MATCH (t:Therapy) WHERE t.nameSortKey = toLower(t.name) RETURN count(t) AS n`);
    expect(Number(keyed!.n)).toBeGreaterThan(0);
    expect(await readFile(file, 'utf8')).not.toMatch(/SortKey/);
  });

  it('CSV: one file per kind with only its columns, and relationships.csv; RFC 4180 CRLF records; read by Python’s csv module, the same nodes and edges', async () => {
    const dir = path.join(await tempDir(), 'csv');
    expect((await exportWith(['--format', 'csv', '--out', dir])).code).toBe(0);
    const c = await readCsvDirectory(dir);
    expect(nodeIds(c)).toEqual(nodes);
    expect(edgeKeys(c)).toEqual(edges);
    expect(c.nodes.find((n) => n.id === 'acs-targeted-therapy')!.values.note).toContain('(ASCO). Last revised June 2, 2025.');
    expect(c.nodes.find((n) => n.id === 'imatinib')!.nodeType).toBe('Therapy');
    expect(c.columns['therapies.csv']).toEqual(['id', 'label', 'name', 'description', 'aliases', 'kind', 'citations']);
    expect(c.columns['citations.csv']).not.toContain('aliases');
    expect(c.columns['relationships.csv']).toEqual(['source', 'target', 'relationship', 'citations', 'section', 'excerpt']);
    const text = await readFile(path.join(dir, 'relationships.csv'), 'utf8');
    expect(text.startsWith('source,target,relationship,citations,section,excerpt\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').length - 1).toBeGreaterThanOrEqual(edges.length + 1);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('CSV with --bom: every file starts with a UTF-8 byte-order mark (Excel then reads ’, ö and α)', async () => {
    const dir = path.join(await tempDir(), 'csv-bom');
    expect((await exportWith(['--format', 'csv', '--bom', '--out', dir])).code).toBe(0);
    for (const file of await readdir(dir)) {
      const bytes = await readFile(path.join(dir, file));
      expect([file, ...bytes.subarray(0, 3)]).toEqual([file, 0xef, 0xbb, 0xbf]);
    }
    expect(nodeIds(await readCsvDirectory(dir))).toEqual(nodes);
  });

  it('the documented `npm run -s cli -- export … > file` writes a valid JSON file (no npm banner)', async () => {
    const file = path.join(await tempDir(), 'npm.json');
    execFileSync('sh', ['-c', `npm run -s cli -- export --format json --from imatinib > '${file}'`], { cwd: projectRoot, env: { ...process.env, ...testNeo4jEnv() }, stdio: ['ignore', 'ignore', 'pipe'] });
    const j = await readJson(file);
    expect(j.header).toMatchObject({ from: 'imatinib', depth: 1 });
    expect(nodeIds(j)).toContain('imatinib');
  });

  it('an --out that cannot be written is one line naming it, without a stack', async () => {
    // A sysfs file: not writable even by root, which these tests may run as.
    const run = await exportWith(['--format', 'json', '--out', '/sys/kernel/notes']);
    expect(run).toEqual({ code: 1, stderr: 'therapy-graph: /sys/kernel/notes: permission denied\n' });
  });

  it('a subgraph: exactly the nodes within --depth of --from (either direction), the citations they cite, and the edges among them', async () => {
    const file = path.join(await tempDir(), 'imatinib.json');
    expect((await exportWith(['--format', 'json', '--from', 'imatinib', '--depth', '2', '--out', file])).code).toBe(0);
    const j = await readJson(file);
    const [{ ids }] = (await cypher<{ ids: string[] }>(
      `MATCH (:Entity {id: 'imatinib'})-[*0..2]-(n:Entity)
       WITH collect(DISTINCT n) AS around
       UNWIND around AS n
       OPTIONAL MATCH (n)-[r]->(m) WHERE m IN around
       WITH around, collect(n.citations) + collect(r.citations) AS cited
       WITH [n IN around | n.id] + reduce(all = [], list IN cited | all + coalesce(list, [])) AS ids
       UNWIND ids AS id
       RETURN collect(DISTINCT id) AS ids`,
    )) as [{ ids: string[] }];
    expect(nodeIds(j)).toEqual([...ids].sort());
    const inside = new Set(ids);
    expect(edgeKeys(j)).toEqual(edges.filter((e) => inside.has(e.split(' ')[0]!) && inside.has(e.split(' ')[2]!)));
    expect(j.header).toMatchObject({ from: 'imatinib', depth: 2 });
  });

  it('a subgraph can keep to some kinds and relationships and avoid a hub (--types, --relationships, --exclude)', async () => {
    const file = path.join(await tempDir(), 'narrow.json');
    const args = ['--from', 'imatinib', '--depth', '2', '--exclude', 'Targeted-Therapy', '--types', 'therapy,cancer-type,biomarker', '--relationships', 'targets,used_for,subtype_of'];
    expect((await exportWith(['--format', 'json', ...args, '--out', file])).code).toBe(0);
    const j = await readJson(file);
    const ids = nodeIds(j);
    const kinds = new Set(j.nodes.filter((n) => n.nodeType !== 'Citation').map((n) => n.nodeType));
    expect([...kinds].sort()).toEqual(['Biomarker', 'CancerType', 'Therapy']);
    expect(ids).not.toContain('targeted-therapy');
    // imatinib TARGETS bcr-abl, which dasatinib targets too: two steps, neither through the hub.
    expect(ids).toEqual(expect.arrayContaining(['bcr-abl', 'dasatinib', 'chronic-myeloid-leukemia']));
    // The walk follows only those; the edges are all relationships between the nodes it kept,
    // so a cancer type's DEFINED_BY its biomarker comes along when both were reached.
    expect(new Set(j.edges.map((e) => e.relationship))).toEqual(new Set(['TARGETS', 'USED_FOR', 'SUBTYPE_OF', 'DEFINED_BY']));
    const full = path.join(await tempDir(), 'full.json');
    expect((await exportWith(['--format', 'json', '--from', 'imatinib', '--depth', '2', '--out', full])).code).toBe(0);
    expect(ids.length).toBeLessThan(nodeIds(await readJson(full)).length);
  });

  it('a subgraph from a citation holds what it backs: entities whose own attributes cite it, the ends of facts that cite it', async () => {
    const file = path.join(await tempDir(), 'niosh.json');
    expect((await exportWith(['--format', 'json', '--from', 'niosh-hazardous-drugs-2024', '--out', file])).code).toBe(0);
    const ids = nodeIds(await readJson(file));
    const [{ backed }] = (await cypher<{ backed: string[] }>(
      `MATCH (c:Entity {id: 'niosh-hazardous-drugs-2024'})
       RETURN COLLECT { MATCH (m:Entity) WHERE c.id IN m.citations RETURN m.id }
         + COLLECT { MATCH (s:Entity)-[r]->(o:Entity) WHERE c.id IN r.citations UNWIND [s.id, o.id] AS x RETURN x } AS backed`,
    )) as [{ backed: string[] }];
    expect(backed).toContain('hazardous-drug-handling');
    expect(ids).toEqual(expect.arrayContaining(backed));
  });

  it('reads in batches: a batch of nodes is written before the next is read, and no batch is larger than asked', async () => {
    await withTestNeo4j(async (neo4j) => {
      const reader = new GraphReader(neo4j.driver, neo4j.database, 10_000);
      const ids = await idsInScope(reader, { from: null });
      const batches: { nodes: number[]; edges: number[] } = { nodes: [], edges: [] };
      const writer: GraphWriter = {
        nodes: async (b: readonly ExportNode[]) => void batches.nodes.push(b.length),
        edges: async (b: readonly ExportEdge[]) => void batches.edges.push(b.length),
        finish: async () => {},
      };
      const counts = await exportGraph(reader, ids, writer, 50);
      expect(counts).toEqual({ nodes: nodes.length, edges: edges.length });
      expect(batches.nodes).toEqual([...Array(Math.ceil(nodes.length / 50))].map((_, i) => Math.min(50, nodes.length - i * 50)));
      expect(batches.edges.length).toBe(batches.nodes.length);
      // One read for the ids, then one per batch of nodes and one per batch of their edges.
      expect(reader.roundTrips).toBe(1 + 2 * batches.nodes.length);
    });
  });

  it('an unknown --from fails with one line and writes no file', async () => {
    const file = path.join(await tempDir(), 'none.json');
    const run = await exportWith(['--format', 'json', '--from', 'no-such-node', '--out', file]);
    expect(run).toEqual({ code: 1, stderr: 'therapy-graph: --from no-such-node: no node has this id in the graph\n' });
    expect(existsSync(file)).toBe(false);
  });

  it('csv without --out is a usage error', async () => {
    const csv = await exportWith(['--format', 'csv']);
    expect(csv.code).toBe(1);
    expect(csv.stderr).toContain('give their folder with --out');
  });

  it('--from is matched ignoring case, and an unknown one suggests close ids from the search', async () => {
    const file = path.join(await tempDir(), 'upper.json');
    expect((await exportWith(['--format', 'json', '--from', 'IMATINIB', '--out', file])).code).toBe(0);
    expect((await readJson(file)).header).toMatchObject({ from: 'imatinib' });
    const run = await exportWith(['--format', 'json', '--from', 'gleevac', '--out', file]);
    expect(run).toEqual({ code: 1, stderr: expect.stringMatching(/^therapy-graph: --from gleevac: no node has this id in the graph \(did you mean imatinib[,?]/) });
  });
});

describe('export of text that XML and CSV must escape', () => {
  restoreShippedSeedAfterAll();
  const NASTY = 'A <b>bold</b> & "quoted", \'single\', comma, ]]> and\na new line';

  beforeAll(async () => {
    const graph = await fixtureGraph();
    const drug = graph.nodes.find((n) => n.id === 'drug-x')!;
    // U+0007 cannot appear in XML 1.0 even escaped: the GraphML export drops it.
    drug.properties = { ...drug.properties, name: 'Drug X & Co <beta>', description: `${NASTY}\u0007` };
    await loadTestGraph({ ...graph, hash: `${graph.hash}-escaping` });
  });
  it('round-trips through GraphML (control character dropped)', async () => {
    const dir = await tempDir();
    expect((await exportWith(['--format', 'graphml', '--out', path.join(dir, 'g.graphml')])).code).toBe(0);
    const g = (await readGraphml(path.join(dir, 'g.graphml'))).nodes.find((n) => n.id === 'drug-x')!;
    expect(g.label).toBe('Drug X & Co <beta>');
    expect(g.values.description).toBe(NASTY);
  });

  it('round-trips through CSV', async () => {
    const dir = await tempDir();
    expect((await exportWith(['--format', 'csv', '--out', path.join(dir, 'csv')])).code).toBe(0);
    const c = (await readCsvDirectory(path.join(dir, 'csv'))).nodes.find((n) => n.id === 'drug-x')!;
    expect(c.label).toBe('Drug X & Co <beta>');
    expect(c.values.description).toBe(`${NASTY}\u0007`);
  });
});
