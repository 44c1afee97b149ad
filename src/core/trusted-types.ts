/**
 * The library's Trusted Types policies (allow their names in a `trusted-types` CSP directive):
 * - `post-embeds-inert`: hands fetched HTML to `DOMParser`, whose document has no browsing context: it never
 *   runs scripts, loads images or reaches the page. Parsed nodes stay there, with one exception: the
 *   `application/ld+json` script of `<source-citation jsonld>`, built from our own escaped JSON; scripts that
 *   `DOMParser` creates never execute, wherever they are inserted.
 * - `post-embeds-frame`: the `srcdoc` of the sandboxed frame that runs a provider's oEmbed HTML (opaque origin).
 */

/** The part of the Trusted Types API we use; the DOM typings do not ship it yet. */
interface TrustedHtmlPolicy {
  createHTML(input: string): string;
}

/**
 * A function that turns a string into the TrustedHTML a sink accepts under `require-trusted-types-for
 * 'script'`, through the policy `name` (the string itself where there are no Trusted Types). The policy is
 * created on first use, so a page that never needs it never sees it.
 */
export function htmlPolicy(name: string): (html: string) => string {
  /** `undefined`: not tried yet; `null`: unavailable. */
  let policy: TrustedHtmlPolicy | null | undefined;
  return (html) => {
    if (policy === undefined) {
      try {
        policy =
          (globalThis as { trustedTypes?: { createPolicy(name: string, rules: TrustedHtmlPolicy): TrustedHtmlPolicy } })
            .trustedTypes?.createPolicy(name, { createHTML: (input) => input }) ?? null;
      } catch {
        // The page's `trusted-types` directive does not list the name. Plain strings still work unless the
        // page also requires Trusted Types, in which case the sink reports the problem with its own error.
        policy = null;
      }
    }
    return policy?.createHTML(html) ?? html;
  };
}

/** Fetched HTML as `DOMParser#parseFromString` accepts it. For inert parsing only. */
export const inertHtml = /*#__PURE__*/ htmlPolicy('post-embeds-inert');
