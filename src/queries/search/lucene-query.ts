/**
 * Turns what a user typed into a Lucene query for the `entity_search` index that cannot be
 * a syntax error. Instead of escaping Lucene's operators one by one, the input is cut into
 * words the way the index's standard analyzer cuts text (runs of letters and digits), and
 * only those words reach the query parser, so `+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /`
 * and the AND/OR/NOT keywords (words are lower-cased) are never read as syntax.
 *
 * Every word must match (in any indexed field); each word matches exactly (ranked first),
 * as a prefix (for search-as-you-type), or, from four letters on, with one typo.
 */

/** Words beyond this are ignored: they would only make the query slower. */
export const MAX_SEARCH_WORDS = 12;
/** Words shorter than this get no typo tolerance: one edit would match almost anything. */
const FUZZY_MIN_LENGTH = 4;

export function searchWords(input: string): string[] {
  const words = input.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, MAX_SEARCH_WORDS);
}

/** The Lucene query, or undefined when the input has no word to look for. */
export function toLuceneQuery(input: string): string | undefined {
  const words = searchWords(input);
  if (words.length === 0) return undefined;
  return words
    .map((w) => `+(${w}^3 OR ${w}*^2${w.length >= FUZZY_MIN_LENGTH ? ` OR ${w}~1` : ''})`)
    .join(' ');
}
