/**
 * The one gate every fetched URL passes before it may reach an `href` or `src`.
 */

/**
 * The absolute `http:`/`https:` URL that `value` denotes, resolved against `base` (the response URL)
 * when relative; `undefined` for anything else: other schemes (`javascript:`, `data:`, `blob:`…),
 * unparsable text, empty strings, strings with control characters, and non-strings.
 */
export function safeHttpUrl(value: unknown, base?: string | URL): string | undefined {
  const candidate = typeof value == 'string' ? value.trim() : '';
  // An empty string would resolve to `base` itself, which is not a link the data gave. The URL parser
  // silently drops some control characters (`java\tscript:`), so we refuse them all.
  if (!candidate || /[\0-\x1F\x7F]/.test(candidate)) return undefined;
  try {
    const url = new URL(candidate, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
