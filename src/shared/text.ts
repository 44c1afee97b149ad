/**
 * String helpers for fetched text, on any runtime: cutting to a length, decoding character references.
 * Reducing HTML to text needs a parser: see html-to-text.ts.
 */

/** Longest text of a one-line field (titles), in UTF-16 code units: cut there, on a grapheme, with an ellipsis. */
export const TITLE_MAX_CHARS = 300;
/** Longest name (authors, terms, providers, a date as text). */
export const NAME_MAX_CHARS = 100;
/** Longest excerpt (the proxy cuts descriptions at the same length). */
export const EXCERPT_MAX_CHARS = 1000;

/** `text` without the characters `unwanted` matches (one character each) at its end, in linear time. */
export function trimTrailing(text: string, unwanted: RegExp): string {
  let end = text.length;
  while (end && unwanted.test(text[end - 1])) end--;
  return text.slice(0, end);
}

/**
 * The start of `text` up to `end` code units, ending on a grapheme boundary (never between an emoji's code
 * points, a letter and its accent, or a flag's halves), through `Intl.Segmenter` where there is one, else on
 * a code point. Only the text near the cut is segmented, so the cost does not depend on the text's length.
 */
function graphemeStart(text: string, end: number): string {
  const head = text.slice(0, end);
  if (typeof Intl.Segmenter == 'function') {
    // The grapheme that holds code unit `end` starts at or before it: segment a window around the cut.
    const from = Math.max(0, end - 64);
    let last = from;
    for (const { index } of new Intl.Segmenter().segment(text.slice(from, end + 64))) {
      if (from + index > end) break;
      last = from + index;
    }
    // A grapheme longer than the window (a letter under a heap of combining marks) is cut at a code point.
    if (last > from || from == 0) return text.slice(0, last);
  }
  return head.replace(/[\uD800-\uDBFF]$/, '');
}

/**
 * `text` cut to at most `maxChars` characters, on a grapheme boundary and at a word boundary when one is near
 * the end, with an ellipsis; returned unchanged when it already fits. Linear in the kept length.
 */
export function truncateText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  if (maxChars < 1) return '';
  let cut = graphemeStart(text, maxChars - 1);
  // Mid-word: back off to the last space, if that keeps most of the text (CJK runs have no spaces).
  const lastSpace = /\s/.test(text[cut.length]) ? -1 : cut.search(/\s\S*$/);
  if (lastSpace > cut.length * 0.7) cut = cut.slice(0, lastSpace);
  return trimTrailing(cut, /[\s,.;:–—-]/) + '…';
}

/** A line that ends a sentence already: a stop, a question, a colon…, maybe inside closing quotes or brackets. */
const SENTENCE_END = /[.!?…:;。！？؟۔]["'”’»)\]]*$/u;

/**
 * Lines of text (the blocks of an HTML field: `htmlText()`) as one run of sentences: a line that ends without a
 * stop gets one, so a heading does not run into the paragraph after it ("…replacements. Batteries…").
 */
export function joinLines(text: string): string {
  const lines = text.split('\n');
  return lines.map((line, index) => (index < lines.length - 1 && !SENTENCE_END.test(line) ? `${line}.` : line)).join(' ');
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
