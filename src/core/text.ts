/**
 * Plain text from fetched HTML, without ever putting that HTML into the page.
 */
import { inertHtml } from './trusted-types.js';

/** Elements that start a new line of text (CSS `display: block` and friends, plus `br`). */
const LINE_ELEMENTS =
  'address,article,aside,blockquote,br,caption,dd,details,dialog,div,dl,dt,figcaption,figure,footer,form,' +
  'h1,h2,h3,h4,h5,h6,header,hgroup,hr,li,main,nav,ol,p,pre,section,summary,table,tr,ul';

/**
 * Marks line breaks while the text is collected. The HTML parser never leaves U+0000 in a text node
 * (it drops it, or writes U+FFFD), so the mark cannot come from the fetched HTML.
 */
const LINE_MARK = '\0';

/** `<style` and `</style`, as they open and close a style element. */
const STYLE_ELEMENT = /<(\/?)style(?=[\s/>])/gi;
/** A start tag, and a `style` or event-handler (`onblur`) attribute inside one, with a value or without. */
const START_TAG = /<[a-z][^>]*>/gi;
const RENAMED_ATTRIBUTE = /([\s/"'])(style|on[a-z]+)(?=\s*[=/>])/gi;

/**
 * Parses `html` into a document that has no browsing context: scripts never run, images and styles
 * never load, and nothing reaches the page. Goes through the `post-embeds-inert` Trusted Types policy.
 *
 * Chromium checks inline styles against the page's CSP even in a document that never renders, so on a
 * page with a strict `style-src` every `<style>` and `style=""` would be reported as a violation; likewise
 * it reports the event-handler attributes of such a document (which never run) when focus events reach
 * it, under a strict `script-src`. They are renamed (`pe-style`, `pe-onblur`) before parsing, inside tags
 * only; nothing we read depends on them.
 */
export function parseInertHtml(html: string): Document {
  const styleless = html
    .replace(STYLE_ELEMENT, '<$1pe-style')
    .replace(START_TAG, (tag) => tag.replace(RENAMED_ATTRIBUTE, '$1pe-$2'));
  return new DOMParser().parseFromString(inertHtml(styleless), 'text/html');
}

/** Puts `mark` on both sides of every element matching `selector`. */
function surround(root: Element, selector: string, mark: string): void {
  for (const element of root.querySelectorAll(selector)) {
    element.before(mark);
    element.after(mark);
  }
}

/**
 * Readable plain text of an HTML fragment: entities decoded, tags dropped, `<script>`/`<style>` content
 * dropped, block elements on lines of their own (`\n`), other whitespace collapsed to single spaces.
 */
export function htmlToText(html: string): string {
  // The parsed document is ours alone, so we edit it. (`<template>` content is never in `textContent`.)
  const { body } = parseInertHtml(html);
  for (const element of body.querySelectorAll('script,pe-style,noscript')) element.remove();
  // Table cells sit side by side: a space keeps their words apart.
  surround(body, 'td,th', ' ');
  surround(body, LINE_ELEMENTS, LINE_MARK);
  return body
    .textContent!.replace(/[\t\n\f\r ]+/g, ' ') // HTML's whitespace, not `&nbsp;` (used on purpose between words)
    .split(LINE_MARK)
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * `text` cut to at most `maxChars` characters, at a word boundary when one is near the end,
 * with an ellipsis; returned unchanged when it already fits.
 */
export function truncateText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  if (maxChars < 1) return '';
  // Never split a surrogate pair (an emoji, a rare CJK character).
  let cut = text.slice(0, maxChars - 1).replace(/[\uD800-\uDBFF]$/, '');
  // Mid-word: back off to the last space, if that keeps most of the text (CJK runs have no spaces).
  const lastSpace = /\s/.test(text[cut.length]) ? -1 : cut.search(/\s\S*$/);
  if (lastSpace > cut.length * 0.7) cut = cut.slice(0, lastSpace);
  return cut.replace(/[\s,.;:–—-]+$/, '') + '…';
}

/** The named references WordPress's texturizer and `esc_html()` put in "plain text" fields. */
const NAMED_REFERENCES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

const CHARACTER_REFERENCE = new RegExp(`&(?:#(\\d{1,7})|#[xX]([\\da-fA-F]{1,6})|(${Object.keys(NAMED_REFERENCES).join('|')}));`, 'g');

/**
 * `text` with its character references decoded (`&#8216;`, `&#x2019;`, `&amp;` and the few named ones
 * WordPress sends) in one pass, so `&amp;lt;` becomes `&lt;`, not `<`. Nothing else is touched: markup
 * is never parsed, and a decoded `<b>` is text like any other. Invalid code points become U+FFFD.
 */
export function decodeCharacterReferences(text: string): string {
  return text.replace(CHARACTER_REFERENCE, (_, decimal?: string, hex?: string, name?: string) => {
    if (name) return NAMED_REFERENCES[name];
    const code = decimal ? Number(decimal) : parseInt(hex!, 16);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\uFFFD';
  });
}
