import { describe, expect, it } from 'vitest';
import { minimalTexts } from '../seed/fixtures/fixture.ts';
import { parseSeed } from '../seed/read.ts';
import { formatSeedDiff } from './diff-text.ts';
import { diffSeeds } from './seed-diff.ts';

const edited = (edit: (file: string, text: string) => string) => parseSeed(minimalTexts().map((t) => ({ file: t.file, text: edit(t.file, t.text) })), 'after');

describe('diffSeeds', () => {
  const before = parseSeed(minimalTexts(), 'before');

  it('finds nothing between a seed and itself', () => {
    const diff = diffSeeds(before, parseSeed(minimalTexts(), 'again'));
    for (const s of ['entities', 'facts', 'claims', 'citations'] as const) expect(diff[s]).toEqual({ added: [], removed: [], changed: [] });
  });

  it('names added, removed and changed entities, facts, claims and citations', () => {
    const after = edited((file, text) => {
      if (file === 'therapies.yaml') {
        return text
          .replace('description: An antibody given by infusion.', 'description: An antibody given by drip.')
          .replace('    - { to: drip, citations: [src-page, src-label] }', '    - { to: drip, citations: [src-label] }\n  targets:\n    - { to: kin1, citations: [src-label] }');
      }
      if (file === 'schedules.yaml') return `${text}\n- id: weekly\n  name: Weekly\n  description: Once a week.\n  citations: [src-page]\n`;
      if (file === 'claims.yaml') return text.replace(/- id: claim-alphanib-oral[\s\S]*?(?=\n- id:|$)/, '');
      if (file === 'citations.yaml') return text.replace('volume: 12', 'volume: 13');
      return text;
    });
    const diff = diffSeeds(before, after);
    expect(diff.entities).toEqual({ added: [{ id: 'weekly', kind: 'Schedule' }], removed: [], changed: [{ id: 'betamab', kind: 'Therapy', fields: ['description'] }] });
    expect(diff.facts).toEqual({
      added: [{ subject: 'betamab', type: 'TARGETS', object: 'kin1' }],
      removed: [],
      changed: [{ subject: 'betamab', type: 'ADMINISTERED_VIA', object: 'drip', citationsBefore: ['src-page', 'src-label'], citationsAfter: ['src-label'] }],
    });
    expect(diff.claims.removed).toEqual([{ id: 'claim-alphanib-oral', kind: 'Claim' }]);
    expect(diff.citations.changed).toEqual([{ id: 'src-label', kind: 'Citation', fields: ['volume'] }]);
    const text = formatSeedDiff(diff);
    expect(text).toContain('| entities | 1 | 0 | 1 |');
    expect(text).toContain('- betamab ADMINISTERED_VIA drip: citations src-page, src-label → src-label');
  });

  it('compares a release that lacks a file of the current model (a kind it held nothing of)', () => {
    const older = parseSeed(minimalTexts().filter((t) => t.file !== 'indications.yaml'), 'older');
    const diff = diffSeeds(older, before);
    expect(diff.entities.added).toEqual([{ id: 'alphanib-kin1-lung-tumor', kind: 'Indication' }]);
    // therapies.yaml lists it in both; the indication's own facts are new.
    expect(diff.facts.added.map((f) => f.type).sort()).toEqual(['COMBINED_WITH', 'FOR_CANCER_TYPE', 'HAS_GOAL', 'REQUIRES_BIOMARKER']);
  });
});
