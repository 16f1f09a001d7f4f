import type { LoadProgress } from '../seed/load.ts';

/**
 * One self-overwriting status line on a terminal (stderr), for long loads; on anything else
 * (a pipe, a log file, CI) it writes nothing, so output stays clean to read or parse.
 */
export class ProgressLine {
  #shown = false;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  readonly update = (p: LoadProgress): void => {
    if (!this.enabled) return;
    const what =
      p.phase === 'lock'
        ? 'taking the seed lock (waits while another load runs)'
        : p.total > 0
          ? `writing ${p.phase} ${p.done.toLocaleString('en')}/${p.total.toLocaleString('en')} (${Math.floor((100 * p.done) / p.total)}%)`
          : `${p.phase}…`;
    this.stream.write(`\r\x1b[Kseed: ${what}`);
    this.#shown = true;
  };

  /** Removes the line, so the next output starts at the left margin. */
  clear(): void {
    if (this.#shown) this.stream.write('\r\x1b[K');
    this.#shown = false;
  }
}
