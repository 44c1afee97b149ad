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

/** A run of non-spaces with a letter or digit in it. */
const SPACED_WORD = /\S*[\p{L}\p{N}]\S*/gu;

/** Words in plain text: space-separated words, plus Chinese/Japanese characters counted two to a word. */
export function countWords(text = ''): number {
  const matches = (pattern: RegExp, within: string) => within.match(pattern)?.length ?? 0;
  return matches(SPACED_WORD, text.replace(UNSPACED_CHARACTERS, ' ')) + Math.ceil(matches(UNSPACED_CHARACTERS, text) / 2);
}

/** Whole minutes to read `words` words (at least 1), or `undefined` when there is nothing to read. */
export function readingMinutes(words = 0): number | undefined {
  return words > 0 ? Math.ceil(words / WORDS_PER_MINUTE) : undefined;
}
