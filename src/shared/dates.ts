/**
 * Dates as pages and feeds write them, to ISO 8601: RFC 822/1123 (`Tue, 10 Jun 2003 04:00:00 GMT`, RSS
 * `pubDate`), W3C/ISO 8601 (`dc:date`, Atom, JSON-LD, with or without a zone) and the few loose forms
 * publishers' metas use (`2016-05-24 13:30:03`, `20160524`, `May 24, 2016`). Read the same in every engine and
 * runtime: a stated zone is honoured, a missing one is read as UTC (never the reader's own zone).
 */

/** RFC 822's zone names, and the common ones feeds use besides (https://www.rfc-editor.org/rfc/rfc822#section-5.1). */
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0,
  EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7, AKST: -9, AKDT: -8, HST: -10,
  BST: 1, CET: 1, CEST: 2, MET: 1, MEST: 2, WEST: 1, EET: 2, EEST: 3, MSK: 3, JST: 9, KST: 9, HKT: 8, SGT: 8,
  AEST: 10, AEDT: 11, ACST: 9.5, AWST: 8, NZST: 12, NZDT: 13,
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ISO = /^(\d{4})-?(\d\d)-?(\d\d)(?:[T\s](\d\d):?(\d\d)(?::?(\d\d)(?:[.,](\d+))?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?)?$/i;
/** `[Day,] DD Mon YYYY [HH:MM[:SS]] [zone]`, and the month-first `Mon DD, YYYY …` some pages write. */
const RFC822 = /^(?:[a-z]{2,9}\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2,4})(.*)$/i;
const MONTH_FIRST = /^(?:[a-z]{2,9}\.?,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(.*)$/i;
const TIME_AND_ZONE = /^\s*(?:(?:at\s+)?(\d{1,2}):(\d\d)(?::(\d\d))?\s*([ap]\.?m\.?)?)?\s*(?:([+-]\d\d:?\d\d)|\(?([a-z]{1,5})\)?)?\s*$/i;

/**
 * An ISO 8601 date (`2026-01-15`, for a source that gives only a day) or UTC instant
 * (`2026-01-15T09:30:00.000Z`), or `undefined` when `value` is no date this reads.
 */
export function isoDateTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 64) return undefined;
  const iso = ISO.exec(text);
  if (iso) {
    const [, year, month, day, hour, minute, second = '0', fraction = '0', zone] = iso;
    if (hour === undefined) return validDay(+year, +month, +day);
    return instant(+year, +month, +day, +hour, +minute, +second, Number(`0.${fraction}`) * 1000, zoneOffset(zone));
  }
  const dayFirst = RFC822.exec(text);
  const monthFirst = dayFirst ? null : MONTH_FIRST.exec(text);
  if (!dayFirst && !monthFirst) return undefined;
  const [day, monthName, year, after] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3], dayFirst[4]]
    : [monthFirst![2], monthFirst![1], monthFirst![3], monthFirst![4]];
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  const rest = TIME_AND_ZONE.exec(after);
  if (!month || !rest) return undefined;
  // RFC 822's two-digit years: 1950–2049, as RFC 5322 reads them.
  const fullYear = year.length === 2 ? (+year < 50 ? 2000 : 1900) + +year : +year;
  const [, hour, minute, second = '0', meridiem, numericZone, namedZone] = rest;
  if (hour === undefined) return validDay(fullYear, month, +day);
  let hours = +hour;
  if (meridiem) hours = (hours % 12) + (/^p/i.test(meridiem) ? 12 : 0);
  // An unknown zone name counts as UTC, as RFC 822 reads its military and unknown zones.
  const offset = numericZone ? zoneOffset(numericZone) : (ZONES[namedZone?.toUpperCase() ?? 'UTC'] ?? 0) * 60;
  return instant(fullYear, month, +day, hours, +minute, +second, 0, offset);
}

/** Minutes east of UTC for `Z`, `+hh`, `+hhmm`, `+hh:mm`; 0 without a zone. */
function zoneOffset(zone: string | undefined): number {
  if (!zone || /^z$/i.test(zone)) return 0;
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0);
  return zone[0] === '-' ? -minutes : minutes;
}

function validDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.toISOString().slice(0, 10) : undefined;
}

function instant(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offset: number): string | undefined {
  if (!validDay(year, month, day) || hour > 24 || minute > 59 || second > 60) return undefined;
  const time = Date.UTC(year, month - 1, day, hour, minute, second, Math.round(ms)) - offset * 60_000;
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}
