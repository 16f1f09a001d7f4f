import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

/** Where an export writes: a file or standard output. */
export interface Output {
  readonly stream: Writable;
  /** Flushes what was written; closes a file (standard output stays open). */
  close(): Promise<void>;
}

export function fileOutput(path: string): Output {
  const stream = createWriteStream(path);
  return {
    stream,
    close: async () => {
      stream.end();
      await once(stream, 'finish');
    },
  };
}

export function stdoutOutput(): Output {
  return {
    stream: process.stdout,
    close: async () => {
      if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
    },
  };
}

/**
 * Writes and waits while the stream's buffer is full, so an export of any size holds at
 * most one batch of rows and the stream's buffer in memory.
 */
export async function write(output: Output, text: string): Promise<void> {
  if (!output.stream.write(text)) await once(output.stream, 'drain');
}
