/**
 * The one gate every fetched URL passes before it may reach an `href` or `src`.
 */

/** ASCII control characters: the URL parser silently drops some (`java\tscript:`), so we refuse them all. */
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F]/;

/**
 * The absolute `http:`/`https:` URL that `value` denotes, resolved against `base` (the response URL)
 * when relative; `undefined` for anything else: other schemes (`javascript:`, `data:`, `blob:`…),
 * unparsable text, empty strings, strings with control characters, and non-strings.
 */
export function safeHttpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const candidate = value.trim();
  // An empty string would resolve to `base` itself, which is not a link the data gave.
  if (!candidate || CONTROL_CHARACTERS.test(candidate)) return undefined;
  let url: URL;
  try {
    url = new URL(candidate, base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
