import { describe, expect, it } from 'vitest';
import { editedTexts } from './fixtures/fixture.ts';
import { formatProblem } from './problem.ts';
import { parseSeed } from './read.ts';
import { validateSeed } from './validate.ts';

const asBoxedWarning = (text: string) => text.replace('kind: handling', 'kind: boxed-warning');

function problemLines(...edits: [string, (text: string) => string][]): string[] {
  let texts = editedTexts(edits[0]![0], edits[0]![1]);
  for (const [file, edit] of edits.slice(1)) texts = texts.map((t) => (t.file === file ? { file, text: edit(t.text) } : t));
  const result = validateSeed(parseSeed(texts, 'fixture'));
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('boxed warnings', () => {
  it('must cite a drug label, as must every fact linking anything to one', () => {
    expect(problemLines(['safety-precautions.yaml', asBoxedWarning])).toEqual([
      'safety-precautions.yaml: careful-handling: citations: a boxed warning cites the drug labels that carry it; none of these is a drug-label citation',
      'therapies.yaml: alphanib: precautions[0].citations: "careful-handling" is a boxed warning: cite the drug label that carries it (a drug-label citation)',
      'treatment-types.yaml: targeted: precautions[0].citations: "careful-handling" is a boxed warning: cite the drug label that carries it (a drug-label citation)',
    ]);
  });

  it('are valid once the precaution and the fact cite the label', () => {
    const citeLabel = (text: string) => text.replace('{ to: careful-handling, citations: [src-page] }', '{ to: careful-handling, citations: [src-page, src-label] }');
    const precautionCitesLabel = (text: string) => asBoxedWarning(text).replace('citations: [src-page]', 'citations: [src-label]');
    expect(problemLines(['safety-precautions.yaml', precautionCitesLabel], ['therapies.yaml', citeLabel], ['treatment-types.yaml', citeLabel])).toEqual([]);
  });
});
