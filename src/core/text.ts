/**
 * Plain text from fetched HTML, without ever putting that HTML into the page.
 */
import { inertHtml } from './trusted-types.js';

/** Elements whose content is never readable text. */
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'noscript', 'template']);

/** Elements that start a new line of text (CSS `display: block` and friends, plus `br`). */
const LINE_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tr', 'ul',
]);

/** Table cells sit side by side: a space keeps their words apart. */
const CELL_ELEMENTS = new Set(['td', 'th']);

/** HTML's own whitespace (not `&nbsp;`, which authors use on purpose between words). */
const HTML_WHITESPACE = /[\t\n\f\r ]+/g;

/**
 * Parses `html` into a document that has no browsing context: scripts never run, images and styles
 * never load, and nothing reaches the page. Goes through the `post-embeds-inert` Trusted Types policy.
 */
export function parseInertHtml(html: string): Document {
  return new DOMParser().parseFromString(inertHtml(html), 'text/html');
}

function collectText(parent: Node, parts: string[]): void {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push((node as Text).data.replace(HTML_WHITESPACE, ' '));
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const tag = (node as Element).localName;
      if (SKIPPED_ELEMENTS.has(tag)) continue;
      const separator = LINE_ELEMENTS.has(tag) ? '\n' : CELL_ELEMENTS.has(tag) ? ' ' : '';
      parts.push(separator);
      collectText(node, parts);
      parts.push(separator);
    }
  }
}

/** Trims every line, drops empty ones, and squeezes runs of spaces. */
function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * Readable plain text of an HTML fragment: entities decoded, tags dropped, `<script>`/`<style>` content
 * dropped, block elements on lines of their own (`\n`), other whitespace collapsed to single spaces.
 */
export function htmlToText(html: string): string {
  // Most titles and many excerpts hold no markup at all: no need to build a document for them.
  if (!/[<&]/.test(html)) return html.replace(HTML_WHITESPACE, ' ').trim();
  const document = parseInertHtml(html);
  const parts: string[] = [];
  collectText(document.body ?? document.documentElement, parts);
  return tidyLines(parts.join(''));
}

/**
 * `text` cut to at most `maxChars` characters, at a word boundary when one is near the end,
 * with an ellipsis; returned unchanged when it already fits.
 */
export function truncateText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  if (maxChars < 1) return '';
  let cut = text.slice(0, maxChars - 1);
  // Never split a surrogate pair (an emoji, a rare CJK character).
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  // Mid-word: back off to the last space, if that keeps most of the text (CJK runs have no spaces).
  const lastSpace = /\s/.test(text.charAt(cut.length)) ? -1 : cut.search(/\s\S*$/);
  if (lastSpace > cut.length * 0.7) cut = cut.slice(0, lastSpace);
  return `${cut.replace(/[\s,.;:–—-]+$/u, '')}…`;
}
