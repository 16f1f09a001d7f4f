import type { GraphReader } from '../neo4j/graph-reader.ts';
import { seedMeta } from '../queries/meta/seed-meta.ts';
import { readEdges, readNodes } from './read-graph.ts';
import { ID_BATCH, type ExportScope } from './scope.ts';
import type { ExportHeader, GraphWriter } from './writers/graph-writer.ts';

export interface ExportCounts {
  nodes: number;
  edges: number;
}

/** The header of an export of `scope`: which seed the graph holds, and what part of it. */
export async function exportHeader(reader: GraphReader, scope: ExportScope): Promise<ExportHeader> {
  const { seedVersion } = await seedMeta(reader);
  return { seedHash: seedVersion, from: scope.from, depth: scope.from === null ? null : scope.depth };
}

/** How far an export has come: of `total` node ids, `done` have been written (nodes), or have had their edges written (edges). */
export interface ExportProgress {
  phase: 'nodes' | 'edges';
  done: number;
  total: number;
}

/**
 * Writes the nodes with these ids (scope.ts idsInScope), then the edges between them, one
 * batch of `batchSize` ids per read, each written before the next is read.
 */
export async function exportGraph(
  reader: GraphReader,
  ids: readonly string[],
  writer: GraphWriter,
  batchSize = ID_BATCH,
  onProgress: (p: ExportProgress) => void = () => {},
): Promise<ExportCounts> {
  const counts = { nodes: 0, edges: 0 };
  for await (const nodes of readNodes(reader, ids, batchSize)) {
    await writer.nodes(nodes);
    counts.nodes += nodes.length;
    onProgress({ phase: 'nodes', done: counts.nodes, total: ids.length });
  }
  let done = 0;
  for await (const edges of readEdges(reader, ids, batchSize)) {
    await writer.edges(edges);
    counts.edges += edges.length;
    done = Math.min(ids.length, done + batchSize);
    onProgress({ phase: 'edges', done, total: ids.length });
  }
  await writer.finish();
  return counts;
}
