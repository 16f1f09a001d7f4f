import { describe, expect, it } from 'vitest';
import { editedTexts, minimalTexts } from './fixtures/fixture.ts';
import type { SeedText } from './hash.ts';
import { formatProblem } from './problem.ts';
import { parseSeed } from './read.ts';
import { validateSeed } from './validate.ts';

function problemLines(texts: SeedText[]): string[] {
  const result = validateSeed(parseSeed(texts, 'fixture'));
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** Replaces the one occurrence of `from` in `file` (fails loudly if there is none). */
function replace(file: string, from: string, to: string): SeedText[] {
  return editedTexts(file, (text) => {
    if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
    return text.replace(from, to);
  });
}

describe('validateSeed', () => {
  it('accepts the minimal fixture', () => {
    const result = validateSeed(parseSeed(minimalTexts(), 'fixture'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.seed.entries.Therapy.map((e) => e.id)).toEqual(['alphanib', 'betamab']);
    expect(result.seed.entries.Citation.find((c) => c.id === 'src-label')?.volume).toBe('12');
  });

  describe('schema', () => {
    it.each([
      ['an unknown field', 'therapies.yaml', '  kind: small-molecule\n', '  kind: small-molecule\n  brand: Alphabrand\n', 'therapies.yaml: alphanib: brand: unknown field'],
      ['an unknown field inside a fact', 'therapies.yaml', '{ to: by-mouth, citations: [src-label] }', '{ to: by-mouth, citations: [src-label], note: x }', 'therapies.yaml: alphanib: routes[0].note: unknown field'],
      ['a wrong type', 'therapies.yaml', 'name: Alphanib', 'name: 42', 'therapies.yaml: alphanib: name: expected text, got a number'],
      ['a list where a mapping belongs', 'cancer-types.yaml', 'subtypeOf: { to: solid-tumor, citations: [src-page] }', 'subtypeOf: [solid-tumor]', 'cancer-types.yaml: lung-tumor: subtypeOf: expected a mapping of fields, got a list'],
      ['an empty string', 'therapies.yaml', 'name: Alphanib', 'name: ""', 'therapies.yaml: alphanib: name: must not be empty'],
      ['a value outside its choices', 'therapies.yaml', 'kind: small-molecule', 'kind: small-molecul', 'therapies.yaml: alphanib: kind: "small-molecul" is not one of: small-molecule, monoclonal-antibody, antibody-drug-conjugate, bispecific-antibody, fusion-protein'],
      ['a missing required field', 'delivery-routes.yaml', '  setting: home\n', '', 'delivery-routes.yaml: by-mouth: setting: required'],
      ['a malformed date', 'citations.yaml', 'date: "2025-06-02"', 'date: June 2025', 'citations.yaml: src-page: date: must be YYYY, YYYY-MM or YYYY-MM-DD'],
      ['a URL that is not http(s)', 'citations.yaml', 'url: https://example.org/targeted-therapy', 'url: example.org', 'citations.yaml: src-page: url: must be a full http(s) URL'],
      ['an empty fact list', 'therapies.yaml', '  precautions:\n    - { to: careful-handling, citations: [src-page] }\n', '  precautions: []\n', 'therapies.yaml: alphanib: precautions: must not be empty (leave the field out instead)'],
    ])('reports %s', (_what, file, from, to, line) => {
      expect(problemLines(replace(file, from, to))).toEqual([line]);
    });

    // Renaming an entry also leaves the references to its old id dangling: reported too.
    it('reports an id that is not a slug', () => {
      expect(problemLines(replace('schedules.yaml', 'id: daily', 'id: Daily'))).toEqual([
        'therapies.yaml: alphanib: schedules[0].to: unknown schedule "daily"',
        'schedules.yaml: Daily: id: must be a lower-case slug (a-z, 0-9, single hyphens), like "imatinib"',
        'treatment-types.yaml: targeted: schedules[0].to: unknown schedule "daily"',
      ]);
    });

    it('names an entry without an id by its line', () => {
      expect(problemLines(replace('schedules.yaml', '- id: daily\n  name', '- name'))).toEqual([
        'therapies.yaml: alphanib: schedules[0].to: unknown schedule "daily"',
        'schedules.yaml: line 1: id: required',
        'treatment-types.yaml: targeted: schedules[0].to: unknown schedule "daily"',
      ]);
    });

    it('reports a file that is not a list of entries', () => {
      const texts = minimalTexts().map((t) => (t.file === 'schedules.yaml' ? { ...t, text: 'id: daily\nname: Every day\n' } : t));
      expect(problemLines(texts)).toEqual(['schedules.yaml: expected a list of entries (each starting with "- id: ...")']);
    });
  });

  describe('citations', () => {
    it.each([
      ['an entity without citations', 'mechanisms.yaml', '  citations: [src-page]\n', '', 'mechanisms.yaml: blocks-signals: citations: required'],
      ['an entity with an empty citation list', 'mechanisms.yaml', 'citations: [src-page]', 'citations: []', 'mechanisms.yaml: blocks-signals: citations: at least one citation is required for every mechanism'],
      ['a fact without citations', 'therapies.yaml', '{ to: by-mouth, citations: [src-label] }', '{ to: by-mouth }', 'therapies.yaml: alphanib: routes[0].citations: required'],
      ['a fact with an empty citation list', 'therapies.yaml', '{ to: by-mouth, citations: [src-label] }', '{ to: by-mouth, citations: [] }', 'therapies.yaml: alphanib: routes[0].citations: at least one citation is required for every fact'],
      ['a claim about nothing', 'claims.yaml', 'about: [alphanib, by-mouth]', 'about: []', 'claims.yaml: claim-alphanib-oral: about: at least one is required'],
      ['an excerpt over 25 words', 'claims.yaml', 'excerpt: Take alphanib by mouth once a day.', `excerpt: ${'word '.repeat(26).trim()}`, 'claims.yaml: claim-alphanib-oral: support[0].excerpt: 26 words; an excerpt is at most 25'],
    ])('reports %s', (_what, file, from, to, line) => {
      expect(problemLines(replace(file, from, to))).toEqual([line]);
    });

    it('reports a claim without support', () => {
      const claim = 'claims.yaml: claim-alphanib-oral: support';
      const withoutSupport = editedTexts('claims.yaml', (t) => t.slice(0, t.indexOf('  support:')));
      expect(problemLines(withoutSupport)).toEqual([`${claim}: required`]);
      const emptySupport = editedTexts('claims.yaml', (t) => `${t.slice(0, t.indexOf('  support:'))}  support: []\n`);
      expect(problemLines(emptySupport)).toEqual([`${claim}: at least one is required`]);
    });

    it('accepts an excerpt of exactly 25 words', () => {
      expect(problemLines(replace('claims.yaml', 'excerpt: Take alphanib by mouth once a day.', `excerpt: ${'word '.repeat(25).trim()}`))).toEqual([]);
    });
  });

  describe('references', () => {
    it.each([
      ['an unknown fact target', 'therapies.yaml', '{ to: by-mouth,', '{ to: orall,', 'therapies.yaml: alphanib: routes[0].to: unknown delivery route "orall"'],
      ['a fact target of the wrong kind', 'therapies.yaml', '{ to: by-mouth,', '{ to: solid-tumor,', 'therapies.yaml: alphanib: routes[0].to: "solid-tumor" is a cancer type, not a delivery route'],
      ['an unknown single fact target', 'cancer-types.yaml', 'subtypeOf: { to: solid-tumor,', 'subtypeOf: { to: solid,', 'cancer-types.yaml: lung-tumor: subtypeOf.to: unknown cancer type "solid"'],
      ['an unknown citation of a fact', 'therapies.yaml', '{ to: by-mouth, citations: [src-label] }', '{ to: by-mouth, citations: [src-lable] }', 'therapies.yaml: alphanib: routes[0].citations[0]: unknown citation "src-lable"'],
      ['an unknown citation of an entity', 'biomarkers.yaml', 'citations: [src-label]', 'citations: [src-nope]', 'biomarkers.yaml: kin1: citations[0]: unknown citation "src-nope"'],
      ['an entity cited as a citation', 'biomarkers.yaml', 'citations: [src-label]', 'citations: [alphanib]', 'biomarkers.yaml: kin1: citations[0]: "alphanib" is a therapy, not a citation'],
      ['a claim about an unknown entity', 'claims.yaml', 'about: [alphanib, by-mouth]', 'about: [alphanib, nothing]', 'claims.yaml: claim-alphanib-oral: about[1]: unknown entity "nothing"'],
      ['a claim about a citation', 'claims.yaml', 'about: [alphanib, by-mouth]', 'about: [alphanib, src-page]', 'claims.yaml: claim-alphanib-oral: about[1]: "src-page" is a citation, not an entity'],
      ['an unknown support citation', 'claims.yaml', 'citation: src-page', 'citation: src-gone', 'claims.yaml: claim-alphanib-oral: support[1].citation: unknown citation "src-gone"'],
      ['a fact target listed twice', 'therapies.yaml', '    - { to: lung-tumor, citations: [src-label] }\n', '    - { to: lung-tumor, citations: [src-label] }\n    - { to: lung-tumor, citations: [src-page] }\n', 'therapies.yaml: alphanib: cancerTypes[1].to: "lung-tumor" is listed twice'],
      ['a citation listed twice', 'therapies.yaml', 'citations: [src-label, src-page]', 'citations: [src-label, src-label]', 'therapies.yaml: alphanib: citations[1]: "src-label" is listed twice'],
      ['a cancer type that is its own subtype', 'cancer-types.yaml', 'subtypeOf: { to: solid-tumor,', 'subtypeOf: { to: lung-tumor,', 'cancer-types.yaml: lung-tumor: subtypeOf.to: cycle: lung-tumor → lung-tumor'],
    ])('reports %s', (_what, file, from, to, line) => {
      expect(problemLines(replace(file, from, to))).toEqual([line]);
    });

    it('reports a longer cycle once, from its smallest id', () => {
      const texts = replace('cancer-types.yaml', '  citations: [src-page]\n\n- id: lung-tumor', '  citations: [src-page]\n  subtypeOf: { to: lung-tumor, citations: [src-page] }\n\n- id: lung-tumor');
      expect(problemLines(texts)).toEqual(['cancer-types.yaml: lung-tumor: subtypeOf.to: cycle: lung-tumor → solid-tumor → lung-tumor']);
    });

    it('reports a duplicate id across files, naming the first', () => {
      const texts = editedTexts('biomarkers.yaml', (t) => `${t}\n- id: alphanib\n  name: Alpha\n  citations: [src-label]\n`);
      expect(problemLines(texts)).toEqual(['biomarkers.yaml: alphanib: id: duplicate id, first used in therapies.yaml at line 1']);
    });

    it('allows one claim to cite two sections of one source, not the same section twice', () => {
      const twoSections = replace('claims.yaml', 'citation: src-page', 'citation: src-label');
      expect(problemLines(twoSections)).toEqual([]);
      const sameSection = editedTexts('claims.yaml', (t) => t.replace('citation: src-page\n      section: How is it given?', 'citation: src-label\n      section: Dosage and administration'));
      expect(problemLines(sameSection)).toEqual(['claims.yaml: claim-alphanib-oral: support[1].citation: "src-label" is listed twice with the same section']);
    });
  });

  describe('files', () => {
    it('reports YAML syntax errors with line and column, and does not call references into that file unknown', () => {
      expect(problemLines(replace('delivery-routes.yaml', 'name: Oral', 'name: [Oral'))).toEqual([
        'delivery-routes.yaml: line 3, column 3: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ]);
    });

    it('reports a missing file and a file that is not part of the seed', () => {
      const texts = minimalTexts().map((t) => (t.file === 'schedules.yaml' ? { ...t, file: 'schedule.yaml' } : t));
      expect(problemLines(texts)).toEqual([
        'schedule.yaml: not a seed file; expected one of citations.yaml, therapies.yaml, cancer-types.yaml, delivery-routes.yaml, treatment-goals.yaml, mechanisms.yaml, biomarkers.yaml, safety-precautions.yaml, schedules.yaml, treatment-types.yaml, claims.yaml, indications.yaml',
        'schedules.yaml: file not found in fixture',
      ]);
    });

    it('accepts an empty file as a kind with no entries', () => {
      const texts = minimalTexts().map((t) => (t.file === 'claims.yaml' ? { ...t, text: '# none yet\n' } : t));
      expect(problemLines(texts)).toEqual([]);
    });
  });

  it('reports every problem at once, across files', () => {
    const texts = minimalTexts().map((t) => {
      if (t.file === 'therapies.yaml') return { ...t, text: t.text.replace('{ to: by-mouth,', '{ to: orall,').replace('name: Betamab', 'name: 7') };
      if (t.file === 'claims.yaml') return { ...t, text: t.text.replace('kind: route', 'kind: routes') };
      return t;
    });
    expect(problemLines(texts)).toEqual([
      'therapies.yaml: alphanib: routes[0].to: unknown delivery route "orall"',
      'therapies.yaml: betamab: name: expected text, got a number',
      'claims.yaml: claim-alphanib-oral: kind: "routes" is not one of: definition, goal, comparison, indication, route, schedule, safety, side-effects, biomarker-testing, mechanism',
    ]);
  });
});
