/** Text cleaners for the proxy's answers: collapsed, bounded strings and ISO 8601 dates. */
import { truncateText } from '../shared/text.js';

/**
 * A trimmed string with runs of whitespace collapsed, cut to `maxLength` (at a word boundary when one is
 * near); undefined when empty or not a string.
 */
export function cleanText(value: unknown, maxLength = 1000): string | undefined {
  if (typeof value !== 'string') return undefined;
  return truncateText(value.replace(/\s+/g, ' ').trim(), maxLength) || undefined;
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
