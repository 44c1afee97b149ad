/**
 * Dates as each style prints them, as precise as the source states them.
 *
 * English follows the style guides to the letter (MLA's "Sept.", APA's year-first order); any other
 * language takes its month names, digits and order from `Intl.DateTimeFormat`, always in the Gregorian
 * calendar (the source's own: `ar-SA` and `fa` would otherwise default to Hijri and Solar Hijri).
 */
import type { DateParts } from '../../core/citation-model.js';
import { intlFormatter } from '../../core/intl.js';
import type { CitationLocale } from './english.js';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** MLA 9 abbreviates months longer than four letters, and September as "Sept.". */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function intlDate(date: DateParts, locale: CitationLocale, fields: Intl.DateTimeFormatOptions): string {
  const formatter = intlFormatter(
    `citation ${fields.year} ${fields.month} ${fields.day}`,
    locale.tag,
    (tag) => new Intl.DateTimeFormat(tag, { ...fields, calendar: 'gregory', timeZone: 'UTC' }),
  );
  const instant = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years below 100 as written.
  instant.setUTCFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  return formatter.format(instant);
}

/** The fields `Intl` should print: only those the date has. */
function statedFields(date: DateParts): Intl.DateTimeFormatOptions {
  return {
    year: 'numeric',
    month: date.month ? 'long' : undefined,
    day: date.month && date.day ? 'numeric' : undefined,
  };
}

/** Chicago, and APA's retrieval date: "March 5, 2026", "March 2026", "2026". */
export function monthDayYear(date: DateParts, locale: CitationLocale): string {
  if (!locale.english) return intlDate(date, locale, statedFields(date));
  if (!date.month) return String(date.year);
  const month = MONTHS[date.month - 1];
  return date.day ? `${month} ${date.day}, ${date.year}` : `${month} ${date.year}`;
}

/** MLA: "5 Mar. 2026", "Mar. 2026", "2026". */
export function dayMonthYear(date: DateParts, locale: CitationLocale): string {
  if (!locale.english) return intlDate(date, locale, statedFields(date));
  if (!date.month) return String(date.year);
  const month = MLA_MONTHS[date.month - 1];
  return date.day ? `${date.day} ${month} ${date.year}` : `${month} ${date.year}`;
}

/** APA, year first so that reference lists sort by it: "2026, March 5", "2026, March", "2026". */
export function yearMonthDay(date: DateParts, locale: CitationLocale): string {
  const year = yearOf(date, locale);
  if (!date.month) return year;
  const monthDay = locale.english
    ? `${MONTHS[date.month - 1]}${date.day ? ` ${date.day}` : ''}`
    : intlDate(date, locale, { month: 'long', day: date.day ? 'numeric' : undefined });
  return `${year}${locale.comma} ${monthDay}`;
}

/** The year alone (books and reports), in the locale's digits. */
export function yearOf(date: DateParts, locale: CitationLocale): string {
  return locale.english ? String(date.year) : intlDate(date, locale, { year: 'numeric' });
}
