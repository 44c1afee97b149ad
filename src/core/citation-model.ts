/**
 * The normalized model of a cited source, shared by the CSL-JSON and page-metadata adapters, the
 * citation formatter and the exports.
 *
 * It follows CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html) with plain
 * camelCase names. As in `model.ts`, every string is plain text and `url` has passed `safeHttpUrl()`.
 */

/** The kinds of source the formatter knows; the names are CSL's own. */
export type CitationType = 'article-newspaper' | 'article-magazine' | 'webpage' | 'post-weblog' | 'report' | 'book';

/** A person. `family` alone is a mononym. Particles ("van", "de") are part of `family`. */
export interface PersonName {
  family: string;
  given?: string;
}

/** An organisation, or any name that must never be split or inverted ("BBC News", "World Health Organization"). */
export interface LiteralName {
  literal: string;
}

export type Name = PersonName | LiteralName;

/** A calendar date, as precise as the source states it (month 1–12, day 1–31). */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export interface Citation {
  /** Unique within a list (the CSL `id`, else the URL). */
  id: string;
  /** Absent when the page did not say: formatted as a `webpage`. */
  type?: CitationType;
  title?: string;
  /** The site, newspaper, magazine or blog the source appears in. */
  containerTitle?: string;
  /** The newspaper's or site's section ("Technology"). */
  section?: string;
  publisher?: string;
  /** City of publication, which Chicago gives for books and reports. */
  publisherPlace?: string;
  authors: Name[];
  /** Publication date. */
  issued?: DateParts;
  /** When the citing author consulted the source. */
  accessed?: DateParts;
  url?: string;
  /** BCP 47 tag of the source's language. */
  language?: string;
  /** The link text the citing page gave the source (`<a href="…">BBC News (Technology)</a>`). */
  label?: string;
}

export function isLiteralName(name: Name): name is LiteralName {
  return 'literal' in name;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Date parts from numbers, keeping only the valid prefix: a month out of range drops the month and the
 * day; a day the month cannot have drops the day. `undefined` unless the year is a positive whole number.
 */
export function toDateParts(year: unknown, month?: unknown, day?: unknown): DateParts | undefined {
  const whole = (value: unknown) => {
    const number = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
    return typeof number === 'number' && Number.isInteger(number) ? number : undefined;
  };
  const y = whole(year);
  if (y === undefined || y < 1) return undefined;
  const m = whole(month);
  if (m === undefined || m < 1 || m > 12) return { year: y };
  const d = whole(day);
  if (d === undefined || d < 1 || d > DAYS_IN_MONTH[m - 1]) return { year: y, month: m };
  return { year: y, month: m, day: d };
}

/**
 * Date parts from the start of an ISO 8601 date or date-time (`2025`, `2025-11`, `2025-11-05`,
 * `2025-11-05T08:00:00+01:00`; `/` accepted as separator). The calendar date is taken as written,
 * never moved to another time zone: it is the date the publisher printed.
 */
export function datePartsFromIso(text: string): DateParts | undefined {
  const match = /^\s*(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?=$|[T\s])/.exec(text);
  return match ? toDateParts(match[1], match[2], match[3]) : undefined;
}

/** Date parts written back as ISO 8601 (`2025`, `2025-11`, `2025-11-05`): for exports and structured data. */
export function datePartsToIso(date: DateParts): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return [pad(date.year, 4), date.month && pad(date.month, 2), date.month && date.day && pad(date.day, 2)]
    .filter(Boolean)
    .join('-');
}
