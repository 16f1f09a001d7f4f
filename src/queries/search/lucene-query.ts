/**
 * Turns what a user typed into a Lucene query for the `entity_search` index that cannot be
 * a syntax error. Instead of escaping Lucene's operators one by one, the input is cut into
 * words the way the index's standard analyzer cuts text (runs of letters and digits), and
 * only those words reach the query parser, so `+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /`
 * and the AND/OR/NOT keywords (words are lower-cased) are never read as syntax.
 *
 * Every word must match (in any indexed field); each word matches exactly (ranked first),
 * as a prefix (for search-as-you-type), or, from four letters on, with one typo. A word
 * that also matches where an entity is named (its name or an alias) scores that again, so
 * "Gleevec" ranks imatinib above the Gleevec label, whose title merely contains the word:
 * without it the two scored within 0.2% of each other and the order flipped with the
 * index's statistics (removing one alias elsewhere in the seed was enough).
 *
 * Bounded by construction: Lucene's work grows with the length of each word (a fuzzy term
 * builds an automaton over it; one of ~1,000 letters fails with "input automaton is too
 * large") and with the number of words, so both are capped and input over a cap is refused
 * (searchInputProblem) before any statement runs, rather than cut silently.
 */

/** The limits of one search query; `searchInputProblem` names the one a query breaks. */
export const SEARCH_LIMITS = {
  /** Characters of the whole query as typed, punctuation and spaces included. */
  maxSearchLength: 256,
  /** Words (runs of letters and digits). */
  maxSearchWords: 12,
  /** Characters of one word; no name, alias or term in the graph comes close. */
  maxSearchWordLength: 40,
} as const;
export type SearchLimitName = keyof typeof SEARCH_LIMITS;

/**
 * Words get one typo of tolerance only within this length range: below it one edit would
 * match almost anything; above it the fuzzy automaton costs more than it finds (a 20-letter
 * word is already unambiguous as a prefix).
 */
const FUZZY_MIN_LENGTH = 4;
const FUZZY_MAX_LENGTH = 20;

export interface SearchLimitProblem {
  readonly name: SearchLimitName;
  readonly max: number;
  readonly found: number;
  readonly message: string;
}

/** Which search limit the input breaks, if any: the whole length, one word's length, or the word count. */
export function searchInputProblem(input: string): SearchLimitProblem | undefined {
  const { maxSearchLength, maxSearchWords, maxSearchWordLength } = SEARCH_LIMITS;
  if (input.length > maxSearchLength) {
    return { name: 'maxSearchLength', max: maxSearchLength, found: input.length, message: `the search query has ${input.length} characters; at most ${maxSearchLength} are allowed` };
  }
  const words = analyze(input);
  const longest = words.reduce((m, w) => Math.max(m, w.length), 0);
  if (longest > maxSearchWordLength) {
    return { name: 'maxSearchWordLength', max: maxSearchWordLength, found: longest, message: `a search word has ${longest} characters; at most ${maxSearchWordLength} are allowed` };
  }
  if (words.length > maxSearchWords) {
    return { name: 'maxSearchWords', max: maxSearchWords, found: words.length, message: `the search query has ${words.length} words; at most ${maxSearchWords} are allowed` };
  }
  return undefined;
}

function analyze(input: string): string[] {
  return input.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words of a query within the limits (searchInputProblem says when it is not). */
export function searchWords(input: string): string[] {
  const problem = searchInputProblem(input);
  if (problem) throw new RangeError(problem.message);
  return analyze(input);
}

/** Whether a word is matched with one typo of tolerance. */
export function isFuzzy(word: string): boolean {
  return word.length >= FUZZY_MIN_LENGTH && word.length <= FUZZY_MAX_LENGTH;
}

/** The properties (src/model/kinds.ts) that name an entity rather than describe it. */
const NAMING_PROPERTIES = ['name', 'aliases'] as const;

/** The Lucene query, or undefined when the input has no word to look for. */
export function toLuceneQuery(input: string): string | undefined {
  const words = searchWords(input);
  if (words.length === 0) return undefined;
  return words
    .map((w) => {
      const match = `(${w}^3 OR ${w}*^2${isFuzzy(w) ? ` OR ${w}~1` : ''})`;
      return [`+${match}`, ...NAMING_PROPERTIES.map((p) => `${p}:${match}`)].join(' ');
    })
    .join(' ');
}
