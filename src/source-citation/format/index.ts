/**
 * Citation formatting in four styles, in a few kilobytes instead of a CSL processor.
 *
 * `formatCitation()` returns segments rather than a string, so the element can wrap each piece
 * (`<cite>` for titles, `<i>` for italics, a link for the URL, `<bdi>` around names and titles that may
 * run in the other direction) while `citationText()` gives the exact plain text the copy button copies.
 *
 * Styles: `plain` ("BBC News (Technology): https://…", as hand-written "Sources" sections read), `apa`
 * (7th), `mla` (9th), `chicago` (17th, notes-bibliography, bibliography entry). Each style's module
 * states its rules. Decisions common to all:
 * - Titles keep the capitalization the source gives: APA's sentence case and MLA's and Chicago's title
 *   case cannot be derived from text without knowing its language and proper nouns.
 * - A citation missing a `title` uses the page's link text (`label`) instead, unless that text is the
 *   URL itself. A citation with nothing that names it (no author, title, label, site, publisher) is its
 *   URL alone, in every style.
 * - No element is ever printed empty: a missing element takes its punctuation with it, a period never
 *   follows one (a title ending in "?" or "!", an abbreviation ending in "."), and a question or
 *   exclamation mark replaces a following comma.
 * - Sections and languages are not part of APA, MLA or Chicago entries; `plain` shows the section.
 *
 * Localization (`locale`, any BCP 47 tag; English when missing or invalid). The structure of each style
 * is kept; what changes:
 * - English (`en`, `en-GB`…): month names and abbreviations exactly as the style guides print them.
 * - Any other language: dates from `Intl.DateTimeFormat(locale)` in the Gregorian calendar (month names,
 *   digits and day-month order of the locale; APA keeps the year first: "(2025، 5 نوفمبر)").
 * - Arabic-script languages (`ar`, `fa`, `ur`, `ps`, `ckb`…): the Arabic comma "،" and «» around quoted
 *   titles; French: « » with no-break spaces. Other languages keep “”. Outside English, punctuation that
 *   is not part of a title stays outside the quotation marks («Title». not «Title.»).
 * - "n.d." from a table of the shipped UI locales: ar "د.ت.", de "o. J.", es "s.f.", fa "بی‌تا",
 *   fr "s.d.", he "ח״ת", zh-Hans "无日期"; "n.d." elsewhere.
 * - The style's own words ("Retrieved", "Accessed", "et al.", "and", "&") stay as the style prints them.
 */
import type { Citation } from '../../core/citation-model.js';
import { formatApa } from './apa.js';
import { formatChicago } from './chicago.js';
import type { CitationLocale } from './english.js';
import { citationLocale } from './locale.js';
import { formatMla } from './mla.js';
import { formatPlain } from './plain.js';
import type { CitationSegment } from './segments.js';

export { citationText, type CitationSegment, type SegmentRole } from './segments.js';

export type CitationStyle = 'plain' | 'apa' | 'mla' | 'chicago';

/**
 * Formats one citation. Pass your own wherever post-embeds takes a formatter, to use another engine or
 * any CSL style, for instance citation-js (`@citation-js/core` with `@citation-js/plugin-csl`):
 *
 * ```ts
 * import { Cite } from '@citation-js/core';
 * import '@citation-js/plugin-csl';
 * import { toCslJson } from 'post-embeds';
 *
 * const citationJs: CitationFormatter = (citation, style, locale) => {
 *   const text = new Cite(toCslJson([citation])).format('bibliography', {
 *     format: 'text',
 *     template: style === 'plain' ? 'apa' : style, // other templates must be registered with plugin-csl first
 *     lang: locale,
 *   });
 *   return [{ text: text.trim() }];
 * };
 * ```
 */
export type CitationFormatter = (citation: Citation, style: CitationStyle, locale: string) => CitationSegment[];

const STYLES: Record<CitationStyle, (citation: Citation, locale: CitationLocale) => CitationSegment[]> = {
  plain: formatPlain,
  apa: formatApa,
  mla: formatMla,
  chicago: formatChicago,
};

/** The built-in formatter. An unknown style (an attribute typo) formats as `plain`. */
export const formatCitation: CitationFormatter = (citation, style, locale) =>
  (Object.hasOwn(STYLES, style) ? STYLES[style] : STYLES.plain)(citation, citationLocale(locale));
