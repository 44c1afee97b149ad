/** Text cleaners for the proxy's answers: collapsed, bounded strings and ISO 8601 dates. */
import { isoDateTime } from '../shared/dates.js';
import { truncateText } from '../shared/text.js';

/**
 * A trimmed string with runs of whitespace collapsed, cut to `maxLength` (at a word boundary when one is
 * near); undefined when empty or not a string.
 */
export function cleanText(value: unknown, maxLength = 1000): string | undefined {
  if (typeof value !== 'string') return undefined;
  return truncateText(value.replace(/\s+/g, ' ').trim(), maxLength) || undefined;
}

/**
 * An ISO 8601 date (`2026-01-15`) or instant (`2026-01-15T09:30:00.000Z`) from any date form pages use
 * (`shared/dates.ts`). A date-time without a zone is read as UTC rather than in the server's own zone, so
 * answers do not depend on where the proxy runs.
 */
export function isoDate(value: unknown): string | undefined {
  return isoDateTime(value);
}
