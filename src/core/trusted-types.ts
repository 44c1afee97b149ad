/**
 * The library's Trusted Types policy for inert parsing.
 *
 * Policy name (allow it in a `trusted-types` CSP directive): `post-embeds-inert`. Its only job is to
 * hand fetched HTML to `DOMParser`, whose document has no browsing context: it never runs scripts,
 * loads images or reaches the page. Nothing it returns is ever assigned to a live page node.
 */

/** The part of the Trusted Types API we use; the DOM typings do not ship it yet. */
interface TrustedHtmlPolicy {
  createHTML(input: string): string;
}

/** `undefined`: not tried yet (created on first use, so a page that never parses never sees it); `null`: unavailable. */
let inertPolicy: TrustedHtmlPolicy | null | undefined;

/**
 * `html` as the value `DOMParser#parseFromString` accepts under `require-trusted-types-for 'script'`
 * (a TrustedHTML where Trusted Types exist, the string itself elsewhere). For inert parsing only.
 */
export function inertHtml(html: string): string {
  if (inertPolicy === undefined) {
    try {
      inertPolicy = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: TrustedHtmlPolicy): TrustedHtmlPolicy } })
        .trustedTypes?.createPolicy('post-embeds-inert', { createHTML: (input) => input }) ?? null;
    } catch {
      // The page's `trusted-types` directive does not list our name. Plain strings still work unless
      // the page also requires Trusted Types, in which case `parseFromString` reports the problem.
      inertPolicy = null;
    }
  }
  return inertPolicy?.createHTML(html) ?? html;
}
