/**
 * Reducing fetched HTML to plain text: one interface, an implementation per runtime. In the browser,
 * `core/html-to-text.ts` parses with an inert `DOMParser` document (no bytes of parser shipped); where there is
 * no DOM (Node, Workers), an implementation brings its own parser. Every implementation keeps the same rules,
 * so a field reads alike wherever it is normalized:
 * - character references decoded, tags dropped, the content of `script`, `style`, `noscript` and `template` dropped;
 * - block elements (`p`, `h1`…`h6`, `li`, `div`, `br`, …: `LINE_ELEMENTS`) start and end a line (`\n`), table
 *   cells are kept apart by a space;
 * - HTML's whitespace (space, tab, CR, LF, FF, not `&nbsp;`) collapsed to one space, lines trimmed, empty lines dropped.
 */
export type HtmlToText = (html: string) => string;

/** Elements that start a new line of text (CSS `display: block` and friends, plus `br`). */
export const LINE_ELEMENTS =
  'address,article,aside,blockquote,br,caption,dd,details,dialog,div,dl,dt,figcaption,figure,footer,form,' +
  'h1,h2,h3,h4,h5,h6,header,hgroup,hr,li,main,nav,ol,p,pre,section,summary,table,tr,ul';
