/**
 * The English conventions: the style guides' own, the ones every other locale starts from, and all that
 * `plain` ever needs (its punctuation is the same in every language). A module of its own, so that `plain`
 * can ship without the locale table. The shape of every locale is declared here with it.
 */

/** What a citation's locale changes in a style (locale.ts makes one for each language). */
export interface CitationLocale {
  /** Canonical BCP 47 tag, for `Intl`. */
  tag: string;
  /** English: month names and abbreviations exactly as the style guides print them. */
  english: boolean;
  comma: string;
  openQuote: string;
  closeQuote: string;
  /** American usage puts the period or comma that follows a quoted title inside the closing mark. */
  punctuationInsideQuotes: boolean;
  /** Stands for a missing publication date (APA "n.d."). */
  noDate: string;
}

export const ENGLISH: CitationLocale = {
  tag: 'en',
  english: true,
  comma: ',',
  openQuote: '“',
  closeQuote: '”',
  punctuationInsideQuotes: true,
  noDate: 'n.d.',
};
