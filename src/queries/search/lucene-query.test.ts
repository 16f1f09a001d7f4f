import { describe, expect, it } from 'vitest';
import { SEARCH_LIMITS, searchInputProblem, searchWords, toLuceneQuery } from './lucene-query.ts';

describe('toLuceneQuery', () => {
  it('requires every word, exact or as a prefix, with one typo from four letters on, scoring it again in names', () => {
    const gleevec = '(gleevec^3 OR gleevec*^2 OR gleevec~1)';
    expect(toLuceneQuery('Gleevec')).toBe(`+${gleevec} name:${gleevec} aliases:${gleevec}`);
    expect(toLuceneQuery('her2 kit')).toBe(
      '+(her2^3 OR her2*^2 OR her2~1) name:(her2^3 OR her2*^2 OR her2~1) aliases:(her2^3 OR her2*^2 OR her2~1) +(kit^3 OR kit*^2) name:(kit^3 OR kit*^2) aliases:(kit^3 OR kit*^2)',
    );
  });

  it('lets no Lucene syntax through: operators, quotes, fields, wildcards, ranges, keywords', () => {
    const nasty = 'title:(imatinib OR "x") AND NOT y~2 z* [a TO b] {} ^ ! && || \\ / + -';
    const query = toLuceneQuery(nasty)!;
    const words = query.match(/\+\(([^ ^]+)\^3/g)!.map((w) => w.slice(2, -2));
    for (const w of words) expect(w).toMatch(/^[\p{L}\p{N}]+$/u);
    expect(words).toContain('and');
    expect(words).not.toContain('AND');
  });

  it('keeps letters beyond ASCII and drops everything else', () => {
    expect(searchWords('Ménétrier’s disease (ICD-10)')).toEqual(['ménétrier', 's', 'disease', 'icd', '10']);
  });

  it('has no query for input without letters or digits', () => {
    expect(toLuceneQuery('  ?!* ')).toBeUndefined();
  });

  it('gives one typo of tolerance only to words of 4 to 20 letters', () => {
    expect(toLuceneQuery('abc')).not.toContain('~');
    expect(toLuceneQuery('a'.repeat(20))).toContain('~1');
    expect(toLuceneQuery('a'.repeat(21))).toMatch(new RegExp(`^\\+\\(${'a'.repeat(21)}\\^3 OR ${'a'.repeat(21)}\\*\\^2\\) `));
  });

  it('names the limit an over-long query breaks: its length, a word, the word count', () => {
    const { maxSearchLength, maxSearchWordLength, maxSearchWords } = SEARCH_LIMITS;
    expect(searchInputProblem('x'.repeat(maxSearchLength))).toMatchObject({ name: 'maxSearchWordLength', found: maxSearchLength });
    expect(searchInputProblem(' '.repeat(maxSearchLength + 1))).toMatchObject({ name: 'maxSearchLength', max: maxSearchLength, found: maxSearchLength + 1 });
    expect(searchInputProblem('a'.repeat(maxSearchWordLength))).toBeUndefined();
    expect(searchInputProblem(`ok ${'a'.repeat(maxSearchWordLength + 1)}`)).toMatchObject({ name: 'maxSearchWordLength', found: maxSearchWordLength + 1 });
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    expect(searchWords(words(maxSearchWords))).toHaveLength(maxSearchWords);
    expect(searchInputProblem(words(maxSearchWords + 1))).toMatchObject({ name: 'maxSearchWords', found: maxSearchWords + 1 });
    expect(() => toLuceneQuery(words(maxSearchWords + 1))).toThrow(/at most 12/);
  });
});
