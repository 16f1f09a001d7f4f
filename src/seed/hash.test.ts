import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MINIMAL_SEED_DIR, minimalTexts } from './fixtures/fixture.ts';
import { seedHash } from './hash.ts';
import { readSeed } from './read.ts';

describe('seedHash', () => {
  const texts = minimalTexts();

  it('is a sha-256 hex digest that does not depend on the order files are listed in', () => {
    expect(seedHash(texts)).toMatch(/^[0-9a-f]{64}$/);
    expect(seedHash([...texts].reverse())).toBe(seedHash(texts));
  });

  it('changes when any file changes, even by one character', () => {
    const before = seedHash(texts);
    const changed = texts.map((t) => (t.file === 'schedules.yaml' ? { ...t, text: t.text.replace('Every day', 'Every  day') } : t));
    expect(seedHash(changed)).not.toBe(before);
  });

  it('changes when text moves from one file to the next', () => {
    const a = [{ file: 'a.yaml', text: 'xy' }, { file: 'b.yaml', text: 'z' }];
    const b = [{ file: 'a.yaml', text: 'x' }, { file: 'b.yaml', text: 'yz' }];
    expect(seedHash(a)).not.toBe(seedHash(b));
  });

  describe('of a folder', () => {
    let dir: string | undefined;
    afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

    it('covers the seed files only, not a README beside them', async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'seed-hash-'));
      cpSync(MINIMAL_SEED_DIR, dir, { recursive: true });
      const before = (await readSeed(dir)).hash;
      writeFileSync(path.join(dir, 'README.md'), '# notes\n');
      expect((await readSeed(dir)).hash).toBe(before);
      expect(before).toBe(seedHash(minimalTexts()));
    });
  });
});
