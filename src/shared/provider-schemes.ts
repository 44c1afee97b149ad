/**
 * The URL schemes of the oembed.com provider list (`https://*.youtube.com/watch*`) as one regular
 * expression per endpoint. The single wildcard compiler for both users of the list: the build tool
 * `scripts/compile-providers.mjs`, which writes the registry `<oembed-preview>` loads, and the proxy
 * (`src/server/providers.ts`), which compiles the list at run time. The tool loads this file from its
 * source, so it imports nothing.
 *
 * Wildcards compile to patterns without nested quantifiers, so matching stays linear:
 *   - in the host, `*` is a run of host characters (`https://*.youtube.com/…` matches `www.` or `m.`, and
 *     cannot reach past the host: `https://evil.example#.youtube.com/` does not match);
 *   - in the path, an inner `*` stays within one segment and the final `*` matches the rest of the URL.
 */

const HOST_WILDCARD = '[\\w.-]*';
const SEGMENT_WILDCARD = '[^/?#]*';
const REST_WILDCARD = '.*';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A scheme without its protocol as a pattern (`https://*.example.com/a/*` → `[\w.-]*\.example\.com/a/.*`). */
function compileScheme(host: string, path: string): string {
  const hostPattern = host.toLowerCase().split('*').map(escapeRegExp).join(HOST_WILDCARD);
  const pathParts = path.replace(/\*+/g, '*').split('*').map(escapeRegExp);
  // A trailing `*` leaves an empty last part: it becomes the rest-of-URL wildcard.
  const endsWithWildcard = pathParts.length > 1 && pathParts.at(-1) === '';
  if (endsWithWildcard) pathParts.pop();
  return `${hostPattern}${pathParts.join(SEGMENT_WILDCARD)}${endsWithWildcard ? REST_WILDCARD : ''}`;
}

/**
 * The anchored pattern (a RegExp source, matched against a normalized href) of an endpoint's schemes,
 * with http/https twins merged and duplicates dropped; `undefined` when none is an http(s) URL pattern
 * (`spotify:*`, entries with spaces are skipped).
 */
export function schemesPattern(schemes: readonly string[]): string | undefined {
  const protocolsByPattern = new Map<string, Set<string>>();
  for (const scheme of schemes) {
    const parts = /^(https?):\/\/([^/\s]+)(\/\S*)?$/i.exec(scheme);
    if (!parts) continue;
    const [, protocol, host, path = '/'] = parts;
    const pattern = compileScheme(host!, path);
    protocolsByPattern.set(pattern, (protocolsByPattern.get(pattern) ?? new Set()).add(protocol!.toLowerCase()));
  }
  const alternatives = [...protocolsByPattern].map(
    ([pattern, protocols]) => `${protocols.size === 2 ? 'https?' : [...protocols][0]}://${pattern}`,
  );
  if (alternatives.length === 0) return undefined;
  return alternatives.length === 1 ? `^${alternatives[0]}$` : `^(?:${alternatives.join('|')})$`;
}
