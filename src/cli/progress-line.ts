/**
 * One self-overwriting status line on a terminal (stderr), for long loads and exports; on
 * anything else (a pipe, a log file, CI) it writes nothing, so output stays clean to read
 * or parse.
 */
export class ProgressLine {
  #shown = false;

  constructor(
    private readonly stream: Pick<NodeJS.WriteStream, 'isTTY' | 'write'>,
    /** The command, shown before the text: `export: nodes 2,000/9,514 (21%)`. */
    private readonly prefix: string,
  ) {}

  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  readonly show = (text: string): void => {
    if (!this.enabled) return;
    this.stream.write(`\r\x1b[K${this.prefix}: ${text}`);
    this.#shown = true;
  };

  /** Removes the line, so the next output starts at the left margin. */
  clear(): void {
    if (this.#shown) this.stream.write('\r\x1b[K');
    this.#shown = false;
  }
}

/** `2,000/9,514 (21%)`. */
export function fraction(done: number, total: number): string {
  return `${done.toLocaleString('en')}/${total.toLocaleString('en')} (${total > 0 ? Math.floor((100 * done) / total) : 100}%)`;
}
