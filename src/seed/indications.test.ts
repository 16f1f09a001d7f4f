import { describe, expect, it } from 'vitest';
import { editedTexts } from './fixtures/fixture.ts';
import { formatProblem } from './problem.ts';
import { parseSeed } from './read.ts';
import { validateSeed } from './validate.ts';

function problemLines(file: string, from: string, to: string): string[] {
  const texts = editedTexts(file, (text) => {
    if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
    return text.replace(from, to);
  });
  const result = validateSeed(parseSeed(texts, 'fixture'));
  return result.ok ? [] : result.problems.map(formatProblem);
}

const LISTED = '  indications:\n    - { to: alphanib-kin1-lung-tumor, citations: [src-label] }\n';

describe('indications', () => {
  it('belong to a therapy', () => {
    expect(problemLines('therapies.yaml', LISTED, '')).toEqual(['indications.yaml: alphanib-kin1-lung-tumor: id: no therapy lists it under indications']);
  });

  it('belong to one therapy only', () => {
    const twice = '    - { to: drip, citations: [src-page, src-label] }\n';
    expect(problemLines('therapies.yaml', twice, `${twice}${LISTED}`)).toEqual([
      'therapies.yaml: betamab: indications[0].to: "alphanib-kin1-lung-tumor" is already an indication of alphanib',
    ]);
  });

  it('are combined with another therapy, not their own', () => {
    expect(problemLines('indications.yaml', '- { to: betamab, citations: [src-label] }', '- { to: alphanib, citations: [src-label] }')).toEqual([
      'indications.yaml: alphanib-kin1-lung-tumor: combinedWith[0].to: "alphanib" is the indication\'s own therapy',
    ]);
  });

  it('agree with USED_FOR: the cancer type is one the therapy is used for', () => {
    expect(problemLines('indications.yaml', 'cancerType: { to: lung-tumor,', 'cancerType: { to: solid-tumor,')).toEqual([
      'therapies.yaml: alphanib: indications[0].to: "alphanib-kin1-lung-tumor" is for solid-tumor, which is not among the therapy\'s cancerTypes (USED_FOR must agree with the indications)',
    ]);
  });

  it('cite a drug label', () => {
    expect(problemLines('indications.yaml', '  citations: [src-label]\n  cancerType', '  citations: [src-page]\n  cancerType')).toEqual([
      'indications.yaml: alphanib-kin1-lung-tumor: citations: an indication cites the drug label whose section 1 states it; none of these is a drug-label citation',
    ]);
  });

  it('need a cancer type, settings from the list, each once, and a goal that is a treatment goal', () => {
    expect(problemLines('indications.yaml', '  cancerType: { to: lung-tumor, citations: [src-label] }\n', '')).toEqual([
      'indications.yaml: alphanib-kin1-lung-tumor: cancerType: required',
    ]);
    expect(problemLines('indications.yaml', 'settings: [later-line, metastatic-or-advanced]', 'settings: [later-line, palliative]')).toEqual([
      'indications.yaml: alphanib-kin1-lung-tumor: settings[1]: "palliative" is not one of: adjuvant, neoadjuvant, first-line, later-line, maintenance, metastatic-or-advanced',
    ]);
    expect(problemLines('indications.yaml', 'settings: [later-line, metastatic-or-advanced]', 'settings: [later-line, later-line]')).toEqual([
      'indications.yaml: alphanib-kin1-lung-tumor: settings: lists a value twice',
    ]);
    expect(problemLines('indications.yaml', 'goal: { to: cure,', 'goal: { to: kin1,')).toEqual([
      'indications.yaml: alphanib-kin1-lung-tumor: goal.to: "kin1" is a biomarker, not a treatment goal',
    ]);
  });
});
