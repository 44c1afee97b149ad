/**
 * Type-checked readers for fields of fetched JSON. A field of the wrong type reads as `undefined`
 * (never "undefined", "[object Object]" or a crash), so adapters can chain them with `??`.
 */
import { decodeCharacterReferences, truncateText } from './text.js';

export type JsonRecord = Record<string, unknown>;

/**
 * Fetched JSON as adapters walk it, always with `?.`: a missing or mistyped step reads as `undefined`
 * (or, on a string or array, as one of its methods), never throws. Only the readers below turn what
 * is found into model values, so a value of the wrong type goes no further.
 */
export type Json = JsonObject | undefined;
export interface JsonObject {
  readonly [key: string]: Json;
}

/** A plain JSON object (not `null`, not an array). */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value == 'object' && !!value && !Array.isArray(value);
}

/** The objects of an array field; anything else in it (or a non-array) is ignored. `JsonObject[]` to walk them. */
export function records<T extends object = JsonRecord>(value: unknown): T[] {
  return Array.isArray(value) ? (value.filter(isRecord) as T[]) : [];
}

/** A text field (or an id) as given, trimmed, with numbers accepted as text; empty reads as `undefined`. */
export function plainText(value: unknown): string | undefined {
  return Number.isFinite(value) ? String(value) : typeof value == 'string' ? value.trim() || undefined : undefined;
}

/**
 * A reader of text fields cut to `maxChars` (on a grapheme, with an ellipsis): fetched titles and names are
 * bounded before layout sees them (a megabyte without a space would otherwise block the page while it is laid out).
 */
export const boundedText =
  (maxChars: number, read: (value: unknown) => string | undefined = plainText) =>
  (value: unknown): string | undefined => {
    const text = read(value);
    return text && truncateText(text, maxChars);
  };

/**
 * A plain-text field with its character references decoded (`&#8216;`, `&amp;`): WordPress writes them into
 * the plain-text fields of its oEmbed responses and JSON Feeds. Markup is never parsed: a decoded `<b>` is text.
 */
export function decodedText(value: unknown): string | undefined {
  const text = plainText(value);
  return text && (decodeCharacterReferences(text).trim() || undefined);
}

/** The text items of an array field (tag names, ids), others ignored; `undefined` when it is no array. */
export function texts(value: unknown): string[] | undefined {
  return Array.isArray(value) ? (value.map(plainText).filter(Boolean) as string[]) : undefined;
}

/** A positive whole number, also from numeric strings (`"480"`), rounded. */
export function positiveInteger(value: unknown): number | undefined {
  const number = typeof value == 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  return Number.isFinite(number) && (number as number) >= 1 ? Math.round(number as number) : undefined;
}

/** An ISO 8601 date, or date-time with an optional zone, that the browser can read, as given. */
export function dateTime(value: unknown): string | undefined {
  const text = plainText(value);
  return text && /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?$/i.test(text) && !isNaN(Date.parse(text)) ? text : undefined;
}

/** A reader of one field; `base` is the response URL, for readers of URLs. */
export type FieldReader = (value: unknown, base: string) => unknown;

/** The fields a `check()` with `schema` gives: each as its reader returns it. */
export type Checked<Schema> = { [key in keyof Schema]?: Schema[key] extends (...args: never[]) => infer T ? T : never };

/** The fields `schema` names, each read from `raw` by its reader: one pass that types a whole object. */
export function check<Schema extends Record<string, FieldReader>>(schema: Schema, raw: Partial<JsonRecord> | undefined, base: string): Checked<Schema> {
  const checked: Record<string, unknown> = {};
  for (const key in schema) checked[key] = schema[key](raw?.[key], base);
  return checked as Checked<Schema>;
}
