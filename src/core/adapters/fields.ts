/**
 * Type-checked readers for fields of fetched JSON. A field of the wrong type reads as `undefined`
 * (never "undefined", "[object Object]" or a crash), so adapters can chain them with `??`.
 */
import { htmlToText } from '../text.js';

export type JsonRecord = Record<string, unknown>;

/** A plain JSON object (not `null`, not an array). */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The objects of an array field; anything else in it (or a non-array) is ignored. */
export function records(value: unknown): JsonRecord[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** A text field (or an id) as given, trimmed, with numbers accepted as text; empty reads as `undefined`. */
export function plainText(value: unknown): string | undefined {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  return text || undefined;
}

/** The text items of an array field (tag names, ids), others ignored; `undefined` when it is no array. */
export function texts(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.map(plainText).filter((text): text is string => text !== undefined) : undefined;
}

/** An HTML field reduced to plain text by the inert parser; empty reads as `undefined`. */
export function htmlText(value: unknown): string | undefined {
  const html = plainText(value);
  return html === undefined ? undefined : htmlToText(html) || undefined;
}

/** A positive whole number, also from numeric strings (`"480"`), rounded. */
export function positiveInteger(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 1 ? Math.round(number) : undefined;
}

/** A count (a whole number, 0 included), for totals. */
export function count(value: unknown): number | undefined {
  return Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined;
}

/** `YYYY-MM-DD`, optionally with a time and then optionally a zone (`Z` or `±hh:mm`). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/i;

/** An ISO 8601 date or date-time that the browser can read, as given; `undefined` otherwise. */
export function dateTime(value: unknown): string | undefined {
  const text = plainText(value);
  return text && ISO_DATE_TIME.test(text) && !Number.isNaN(Date.parse(text)) ? text : undefined;
}

/** An ISO 8601 date-time known to be in UTC even when written without a zone (WordPress `*_gmt`). */
export function utcDateTime(value: unknown): string | undefined {
  const text = dateTime(value);
  // Ends in a time, so no zone: say it is UTC. Bare dates and explicit zones stay as written.
  return text && /T[\d:.]+$/i.test(text) ? `${text}Z` : text;
}
