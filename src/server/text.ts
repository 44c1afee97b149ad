/** Small value cleaners shared by the oEmbed and metadata normalizers. */

/** A trimmed string with runs of whitespace collapsed, cut to `maxLength`; undefined when empty or not a string. */
export function cleanText(value: unknown, maxLength = 1000): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}

/** An absolute http(s) URL (relative ones resolved against `base`), or undefined. */
export function httpUrl(value: unknown, base?: URL | string): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A whole number of pixels or seconds, at least `min`, from a number or a numeric string ("480"). */
export function integerAtLeast(min: number, value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) return undefined;
  const rounded = Math.round(number);
  return rounded >= min ? rounded : undefined;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const ZONELESS_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * An ISO 8601 date (`2026-01-15`) or instant (`2026-01-15T09:30:00.000Z`). A date-time without a
 * zone is read as UTC rather than in the server's own zone, so answers do not depend on where the
 * proxy runs.
 */
export function isoDate(value: unknown): string | undefined {
  const text = cleanText(value, 64);
  if (!text) return undefined;
  if (DATE_ONLY.test(text)) return Number.isNaN(Date.parse(text)) ? undefined : text;
  const time = Date.parse(ZONELESS_DATE_TIME.test(text) ? `${text}Z` : text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
