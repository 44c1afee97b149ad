/**
 * The English conventions: the style guides' own, the ones every other locale starts from, and all that
 * `plain` ever needs (its punctuation is the same in every language). A module of its own, so that `plain`
 * can ship without the locale table.
 */
import type { CitationLocale } from './locale.js';

export const ENGLISH: CitationLocale = {
  tag: 'en',
  english: true,
  comma: ',',
  openQuote: '“',
  closeQuote: '”',
  punctuationInsideQuotes: true,
  noDate: 'n.d.',
};
