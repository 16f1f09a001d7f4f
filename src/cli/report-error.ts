import { loadLogLevel } from '../config.ts';
import { SeedInvalidError } from '../seed/problem.ts';
import { describeFileError, isFileError } from './file-error.ts';

/** A mistake in how a command was called, said in one line like commander's own. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Writes an error for a person at a terminal and returns the exit code. An invalid seed is
 * every problem on its own line, then a summary; a file-system error is the path and what
 * is wrong with it; anything else is its message's first line. The stack (and the causes')
 * only with LOG_LEVEL=debug or trace: it is for whoever debugs the CLI itself.
 */
export function reportError(err: unknown, stderr: NodeJS.WritableStream, env: NodeJS.ProcessEnv): number {
  if (err instanceof SeedInvalidError) {
    for (const line of err.lines) stderr.write(`${line}\n`);
    stderr.write(`${err.message}\n`);
    return 1;
  }
  const message = isFileError(err) ? describeFileError(err) : err instanceof Error ? err.message : String(err);
  stderr.write(`therapy-graph: ${message.split('\n')[0]}\n`);
  if (wantsStack(env)) {
    for (let e: unknown = err; e instanceof Error; e = e.cause) stderr.write(`${e.stack ?? e.message}\n`);
  }
  return 1;
}

function wantsStack(env: NodeJS.ProcessEnv): boolean {
  try {
    return ['debug', 'trace'].includes(loadLogLevel(env));
  } catch {
    return false;
  }
}
