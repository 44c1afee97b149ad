/**
 * Plain text from fetched HTML in the browser, without ever putting that HTML into the page: the browser's
 * implementation of `HtmlToText` (shared/html-to-text.ts), through an inert `DOMParser` document.
 */
import { plainText } from '../shared/fields.js';
import { LINE_ELEMENTS, LINE_MARK, textLines, type HtmlToText } from '../shared/html-to-text.js';
import { inertHtml } from './trusted-types.js';

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
