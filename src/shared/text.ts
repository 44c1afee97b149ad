/**
 * String helpers for fetched text, on any runtime: cutting to a length, decoding character references.
 * Reducing HTML to text needs a parser: see html-to-text.ts.
 */

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
