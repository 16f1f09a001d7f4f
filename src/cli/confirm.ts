import { createInterface } from 'node:readline/promises';

/**
 * Asks a yes/no question on the terminal (default no). Without a terminal there is nobody
 * to ask: the answer is no, and the caller says which option confirms instead.
 */
export async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}
