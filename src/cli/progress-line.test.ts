import { describe, expect, it } from 'vitest';
import { fraction, ProgressLine } from './progress-line.ts';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (s: string) => written.push(s) > 0 };
}

describe('ProgressLine', () => {
  it('on a terminal, overwrites one line and clears it at the end', () => {
    const s = stream(true);
    const line = new ProgressLine(s, 'export');
    line.show(`nodes ${fraction(2000, 9514)}`);
    line.show(`nodes ${fraction(9514, 9514)}`);
    line.clear();
    expect(s.written).toEqual(['\r\x1b[Kexport: nodes 2,000/9,514 (21%)', '\r\x1b[Kexport: nodes 9,514/9,514 (100%)', '\r\x1b[K']);
  });

  it('writes nothing to a pipe or a file', () => {
    const s = stream(false);
    const line = new ProgressLine(s, 'export');
    line.show('nodes 1/2 (50%)');
    line.clear();
    expect(s.written).toEqual([]);
  });
});
