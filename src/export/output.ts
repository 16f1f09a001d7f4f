import { once } from 'node:events';
import { open } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';

/** Where an export writes: a file or standard output. */
export interface Output {
  readonly stream: Writable;
  /** Flushes what was written; closes a file (standard output stays open). */
  close(): Promise<void>;
}

/**
 * A file, opened (created or truncated) before this returns, so a path that cannot be
 * written fails here as a rejected promise naming it, not later as an 'error' event that
 * nobody listens to (which Node reports as a crash with a stack).
 */
export async function fileOutput(path: string): Promise<Output> {
  const handle = await open(path, 'w');
  const stream = handle.createWriteStream();
  keepErrors(stream);
  return {
    stream,
    close: async () => {
      stream.end();
      await finished(stream);
    },
  };
}

export function stdoutOutput(): Output {
  // A reader that goes away (`| head`) makes writes fail with EPIPE; write() reports it.
  keepErrors(process.stdout);
  return {
    stream: process.stdout,
    close: async () => {
      if (process.stdout.writableNeedDrain) await drained(process.stdout);
    },
  };
}

/**
 * Writes and waits while the stream's buffer is full, so an export of any size holds at
 * most one batch of rows and the stream's buffer in memory. A stream that failed (disk
 * full, reader gone) rejects with its error.
 */
export async function write(output: Output, text: string): Promise<void> {
  if (output.stream.errored) throw output.stream.errored;
  if (!output.stream.write(text)) await drained(output.stream);
}

/** Waits for 'drain', or rejects with the stream's error. */
async function drained(stream: Writable): Promise<void> {
  if (stream.errored) throw stream.errored;
  await once(stream, 'drain');
}

/** Errors are read from `stream.errored` by write() and close(); a listener keeps them from crashing the process. */
function keepErrors(stream: Writable): void {
  if (stream.listenerCount('error') === 0) stream.on('error', () => {});
}
