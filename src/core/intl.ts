/**
 * Dates and numbers in the library's own voice: one place, so every element writes them alike.
 */
import { html, type TemplateResult } from 'lit';
import { directionForLanguage } from '../shared/direction.js';
import { nearestLanguage } from './nearest-language.js';
import { getLocale, matchLocale } from './localization.js';

/**
 * The locale the library writes its own words, numbers and dates in at `element`: the UI locale (the
 * strings' language), refined by the page's `lang` there when it is the same language (`ar-EG`, `en-GB`).
 * Never the language of the data inside a card: a label and its value then share one locale.
 */
export function uiLocale(element: Element): string {
  const page = nearestLanguage(element);
  return matchLocale(page) === getLocale() ? page : getLocale();
}

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat;

// Intl formatters are costly to create and a page may render many cards: one per options and locale.
const formatters = new Map<string, Formatter>();

/** A cached `Intl` formatter; an invalid tag falls back to the browser's default locale. */
export function intlFormatter<F extends Formatter>(key: string, locale: string, create: (tag?: string) => F): F {
  const cacheKey = `${key} ${locale}`;
  let cached = formatters.get(cacheKey) as F | undefined;
  if (!cached) {
    try {
      cached = create(locale);
    } catch {
      cached = create();
    }
    formatters.set(cacheKey, cached);
  }
  return cached;
}

/**
 * A date as every element writes it ("Dec 4, 2025", "٤ ديسمبر ٢٠٢٥"), in the Gregorian calendar the data
 * states it in; `undefined` for a missing or invalid date.
 */
export function formatDate(iso: string | undefined, locale: string): string | undefined {
  const date = new Date(iso ?? NaN);
  if (Number.isNaN(date.getTime())) return undefined;
  return intlFormatter(
    'date',
    locale,
    (tag) => new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'short', day: 'numeric', calendar: 'gregory' }),
  ).format(date);
}

/** Minutes as a short unit ("5 min", "٥ د"). */
export function formatMinutes(minutes: number, locale: string): string {
  return intlFormatter(
    'minutes',
    locale,
    (tag) => new Intl.NumberFormat(tag, { style: 'unit', unit: 'minute', unitDisplay: 'short' }),
  ).format(minutes);
}

/**
 * A date as a `<time>`, in the library's voice: isolated in the page's language and its direction inside a card
 * that may run the other way ("3 ديسمبر 2025" stays in order in an English card, "Dec 3, 2025" in an Arabic
 * one). Nothing for a missing or invalid date.
 */
export const renderDate = (iso: string | undefined, locale: string): TemplateResult | undefined => {
  const date = formatDate(iso, locale);
  return date ? html`<time part="date" class="pe-cut" datetime=${iso!} lang=${locale} dir=${directionForLanguage(locale)!}>${date}</time>` : undefined;
};
