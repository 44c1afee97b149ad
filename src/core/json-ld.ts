/**
 * Schema.org JSON-LD in an element's light DOM (search engines read it there, never from a shadow root), for the
 * elements' `jsonld` attribute. Loaded on demand, only by elements that ask. Always built from the normalized
 * model (plain text and checked URLs), never from a provider's HTML.
 */
import { parseInertHtml } from './html-to-text.js';

/** The JSON text of `value`, with every `<` escaped as `\u003c` (the same JSON): no string can close the script. */
export function jsonLdText(value: object): string {
  return JSON.stringify({ '@context': 'https://schema.org', ...value }).replace(/</g, '\\u003c');
}

/**
 * Writes `value` as an `application/ld+json` script, the last child of `host`, replacing `previous` (the script
 * this wrote before) unless it already says the same; returns the script now in place.
 *
 * Under Trusted Types, script text set from script (`textContent`, an appended text node) is checked when the
 * element is inserted, whatever its `type`: Chromium and Firefox both report a JSON-LD script made with
 * `createElement`. Text the HTML parser wrote is trusted, and `DOMParser`'s scripts never run, so the script is
 * parsed, inertly, with its text: with every `<` escaped, the parser can make of it nothing but one script element
 * holding exactly that JSON. A JSON-LD script is data: browsers never execute it, under any CSP.
 */
export function writeJsonLd(host: HTMLElement, value: object, previous?: HTMLScriptElement): HTMLScriptElement {
  const json = jsonLdText(value);
  if (previous?.parentNode === host && previous.textContent === json) return previous;
  const script = parseInertHtml(`<script type="application/ld+json">${json}</script>`).querySelector('script')!;
  previous?.remove();
  host.append(script);
  return script;
}
