/**
 * Reducing fetched HTML to plain text: one interface, an implementation per runtime. In the browser,
 * `core/html-to-text.ts` parses with an inert `DOMParser` document (no bytes of parser shipped); where there is
 * no DOM (Node, Workers), `shared/html-to-text-without-dom.ts` brings htmlparser2. Every implementation keeps the
 * same rules, so a field reads alike wherever it is normalized (test/shared/html-to-text.test.ts compares them):
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

/**
 * Marks a line break while an implementation collects text. U+0000 cannot come from the HTML: the browser's
 * parser never leaves it in a text node (it drops it, or writes U+FFFD), htmlparser2 would pass it through so
 * the implementation without a DOM removes it first, and `&#0;` decodes to U+FFFD.
 */
export const LINE_MARK = '\0';

/**
 * The last step of every implementation, one copy of the rule: collected text (line marks included) to lines.
 * HTML's whitespace, not `&nbsp;` (used on purpose between words), collapses to one space; lines are trimmed
 * and empty ones dropped.
 */
export function textLines(marked: string): string {
  return marked
    .replace(/[\t\n\f\r ]+/g, ' ')
    .split(LINE_MARK)
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
