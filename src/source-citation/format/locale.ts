/**
 * What a citation's locale changes in a style: the comma, the quotation marks around titles, the
 * abbreviation for "no date", and whether dates take the style guide's English forms or `Intl`'s.
 */
import { normalizeLanguage } from '../../shared/direction.js';
import { matchLocale, type Locale } from '../../core/localization.js';
import { ENGLISH, type CitationLocale } from './english.js';

/** "n.d." in the languages post-embeds ships; others keep the English abbreviation. */
const NO_DATE: Partial<Record<Locale, string>> = {
  ar: 'د.ت.',
  de: 'o. J.',
  es: 's.f.',
  fa: 'بی‌تا',
  fr: 's.d.',
  he: 'ח״ת',
  'zh-Hans': '无日期',
};

/** The conventions for a BCP 47 tag; English for a missing or invalid one. */
export function citationLocale(tag: string | undefined): CitationLocale {
  const canonical = normalizeLanguage(tag);
  if (!canonical) return ENGLISH;
  const locale = new Intl.Locale(canonical).maximize();
  if (locale.language === 'en') return { ...ENGLISH, tag: canonical };
  const arabicScript = locale.script === 'Arab';
  const french = locale.language === 'fr';
  return {
    tag: canonical,
    english: false,
    comma: arabicScript ? '،' : ',',
    // French guillemets take no-break spaces inside; Arabic ones do not.
    openQuote: arabicScript ? '«' : french ? '«\u00A0' : '“',
    closeQuote: arabicScript ? '»' : french ? '\u00A0»' : '”',
    // Outside American English, punctuation that is not part of the title stays outside the marks.
    punctuationInsideQuotes: false,
    noDate: NO_DATE[matchLocale(canonical) ?? 'en'] ?? ENGLISH.noDate,
  };
}
