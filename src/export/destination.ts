import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ExportFormat } from './open-writer.ts';

export class ExportDestinationError extends Error {
  override name = 'ExportDestinationError';
}

/**
 * Checks, before anything is read from Neo4j, that the export can be written where asked:
 * a file's folder exists and the file is not a folder; CSV's folder is a folder (created,
 * with its parents, if missing). Each problem is one line naming the path.
 */
export async function prepareDestination(format: ExportFormat, out: string | undefined): Promise<void> {
  if (out === undefined) return;
  if (format === 'csv') {
    const existing = await statOrUndefined(out);
    if (existing && !existing.isDirectory()) throw new ExportDestinationError(`${out}: is a file; --format csv writes one file per kind into a folder`);
    await mkdir(out, { recursive: true });
    return;
  }
  const existing = await statOrUndefined(out);
  if (existing?.isDirectory()) throw new ExportDestinationError(`${out}: is a folder; give a file name, such as ${path.join(out, `therapy-graph.${format}`)}`);
  const folder = path.dirname(path.resolve(out));
  const parent = await statOrUndefined(folder);
  if (!parent) throw new ExportDestinationError(`${out}: the folder ${path.dirname(out)} does not exist`);
  if (!parent.isDirectory()) throw new ExportDestinationError(`${out}: ${path.dirname(out)} is a file, not a folder`);
}

async function statOrUndefined(p: string) {
  try {
    return await stat(p);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
