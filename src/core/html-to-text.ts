/**
 * Plain text from fetched HTML in the browser, without ever putting that HTML into the page: the browser's
 * implementation of `HtmlToText` (shared/html-to-text.ts), through an inert `DOMParser` document.
 */
import { plainText } from '../shared/fields.js';
import { LINE_ELEMENTS, LINE_MARK, textLines, type HtmlToText } from '../shared/html-to-text.js';
import { inertHtml } from './trusted-types.js';

/** `<style` and `</style`, as they open and close a style element. */
const STYLE_ELEMENT = /<(\/?)style(?=[\s/>])/gi;
/** Where a start tag opens, and a `style` or event-handler (`onblur`) attribute inside one, with a value or without. */
const TAG_OPEN = /<[a-z]/gi;
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
  return new DOMParser().parseFromString(inertHtml(renameInTags(html.replace(STYLE_ELEMENT, '<$1pe-style'))), 'text/html');
}

/**
 * `html` with the attributes of RENAMED_ATTRIBUTE renamed inside its start tags (`<a` to the next `>`), in one
 * pass: a tag that never closes ends the scan, so `<a` repeated costs linear time (a pattern such as
 * `<[a-z][^>]*>` would rescan the rest of the input from every `<a`, quadratic).
 */
function renameInTags(html: string): string {
  let out = '';
  let done = 0;
  TAG_OPEN.lastIndex = 0;
  for (let open; (open = TAG_OPEN.exec(html)); ) {
    const close = html.indexOf('>', open.index);
    // A tag still open at the end of the input is dropped by the parser: dropped here, which spares Gecko's
    // tokenizer a megabyte-long tag name (superlinear there). Differs only inside an unclosed <textarea>,
    // <title> or <plaintext>, whose text would have run to the end.
    if (close < 0) return out + html.slice(done, open.index);
    out += html.slice(done, open.index) + html.slice(open.index, close + 1).replace(RENAMED_ATTRIBUTE, '$1pe-$2');
    done = TAG_OPEN.lastIndex = close + 1;
  }
  return out + html.slice(done);
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
export const htmlToText: HtmlToText = function htmlToText(html) {
  // The parsed document is ours alone, so we edit it. (`<template>` content is never in `textContent`.)
  const { body } = parseInertHtml(html);
  for (const element of body.querySelectorAll('script,pe-style,noscript')) element.remove();
  // Table cells sit side by side: a space keeps their words apart.
  surround(body, 'td,th', ' ');
  surround(body, LINE_ELEMENTS, LINE_MARK);
  // The parser never leaves U+0000 in a text node (it drops it, or writes U+FFFD): LINE_MARK is ours.
  return textLines(body.textContent!);
};

/** An HTML field reduced to plain text by the inert parser; empty reads as `undefined`. */
export function htmlText(value: unknown): string | undefined {
  const html = plainText(value);
  return html && (htmlToText(html) || undefined);
}
