/**
 * Word counts and reading time for posts whose source does not state them.
 */

/**
 * Words read per minute. Adults read English non-fiction silently at about 238 words per minute
 * (Brysbaert, 2019, a meta-analysis of 190 studies); web pages with images and headings read a
 * little slower, so we round down to 230.
 */
export const WORDS_PER_MINUTE = 230;

/** Scripts written without spaces between words; two characters count as one word. */
const UNSPACED_CHARACTERS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** A letter or digit: a run of non-spaces with one in it is a word. */
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Words in plain text: space-separated words, plus Chinese/Japanese characters counted two to a word.
 * Linear: the runs are split first, then each tested once (a pattern such as `\S*[\p{L}]\S*` retries every
 * start of a long run without a letter, quadratic in its length).
 */
export function countWords(text = ''): number {
  const words = text.replace(UNSPACED_CHARACTERS, ' ').split(/\s+/).filter((run) => LETTER.test(run)).length;
  return words + Math.ceil((text.match(UNSPACED_CHARACTERS)?.length ?? 0) / 2);
}

/** Whole minutes to read `words` words (at least 1), or `undefined` when there is nothing to read. */
export function readingMinutes(words = 0): number | undefined {
  return words > 0 ? Math.ceil(words / WORDS_PER_MINUTE) : undefined;
}
