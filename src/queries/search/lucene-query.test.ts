import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_WORDS, searchWords, toLuceneQuery } from './lucene-query.ts';

describe('toLuceneQuery', () => {
  it('requires every word, exact or as a prefix, with one typo from four letters on', () => {
    expect(toLuceneQuery('Gleevec')).toBe('+(gleevec^3 OR gleevec*^2 OR gleevec~1)');
    expect(toLuceneQuery('her2 kit')).toBe('+(her2^3 OR her2*^2 OR her2~1) +(kit^3 OR kit*^2)');
  });

  it('lets no Lucene syntax through: operators, quotes, fields, wildcards, ranges, keywords', () => {
    const nasty = 'title:(imatinib OR "x") AND NOT y~2 z* [a TO b] {c} ^ ! && || \\ / + -';
    const query = toLuceneQuery(nasty)!;
    const words = query.match(/\+\(([^ ^]+)\^3/g)!.map((w) => w.slice(2, -2));
    for (const w of words) expect(w).toMatch(/^[\p{L}\p{N}]+$/u);
    expect(words).toContain('and');
    expect(words).not.toContain('AND');
  });

  it('keeps letters beyond ASCII and drops everything else', () => {
    expect(searchWords('Ménétrier’s disease (ICD-10)')).toEqual(['ménétrier', 's', 'disease', 'icd', '10']);
  });

  it('has no query for input without letters or digits, and caps the number of words', () => {
    expect(toLuceneQuery('  ?!* ')).toBeUndefined();
    expect(searchWords(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))).toHaveLength(MAX_SEARCH_WORDS);
  });
});
