/**
 * Plain text from HTML where there is no DOM (Node, Workers; it runs in a browser too): the implementation of
 * `HtmlToText` (shared/html-to-text.ts) on htmlparser2's streaming `Parser`, which tokenizes in one pass and
 * builds no tree. Same rules as the browser's (core/html-to-text.ts); test/shared/html-to-text.test.ts holds
 * the two to the same output. The browser bundle never imports this file: there `DOMParser` costs no bytes.
 */
import { Parser } from 'htmlparser2';
import { LINE_ELEMENTS, LINE_MARK, textLines, type HtmlToText } from './html-to-text.js';

const LINES = new Set(LINE_ELEMENTS.split(','));
/** Elements whose content is never text (`template`'s is not in the browser's `textContent` either). */
const DROPPED = new Set(['script', 'style', 'noscript', 'template']);
const CELLS = new Set(['td', 'th']);

export const htmlToTextWithoutDom: HtmlToText = function htmlToTextWithoutDom(html) {
  const parts: string[] = [];
  /** How many dropped elements we are inside: nothing is kept while above 0. */
  let dropped = 0;
  const edge = (name: string) => {
    if (dropped) return;
    if (LINES.has(name)) parts.push(LINE_MARK);
    else if (CELLS.has(name)) parts.push(' ');
  };
  const parser = new Parser(
    {
      // htmlparser2 closes every element it opens (implied end tags and the end of input included), and
      // lowercases names, so a mark before and after each line element is an open and a close event.
      onopentagname(name) {
        edge(name);
        if (DROPPED.has(name)) dropped++;
      },
      onclosetag(name) {
        if (DROPPED.has(name)) dropped--;
        edge(name);
      },
      // Text arrives with character references decoded, once.
      ontext(text) {
        if (!dropped) parts.push(text);
      },
    },
    { decodeEntities: true },
  );
  // htmlparser2 passes U+0000 through in text where the browser's tree builder drops it (in body text, a
  // parse error ignored): dropped here too, so text matches and the line mark stays ours.
  parser.end(html.replaceAll('\0', ''));
  return textLines(parts.join(''));
};
