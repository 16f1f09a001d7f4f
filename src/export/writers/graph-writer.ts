import type { ExportEdge, ExportNode } from '../export-model.ts';

/** Where the export puts the graph; every node is written before the first edge. */
export interface GraphWriter {
  nodes(batch: readonly ExportNode[]): Promise<void>;
  edges(batch: readonly ExportEdge[]): Promise<void>;
  /** Writes what closes the document and closes the outputs. */
  finish(): Promise<void>;
}

/** Said at the top of the JSON and GraphML documents, so a file tells what it holds. */
export interface ExportHeader {
  /** The content hash of the seed the graph was loaded from, when the graph records one. */
  seedHash: string | null;
  /** `null` for the whole graph. */
  from: string | null;
  depth: number | null;
}
