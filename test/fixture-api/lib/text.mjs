/**
 * Text helpers for turning the fixture's authored posts (trusted HTML written in Unicode) into the strings each
 * platform really sends. These run on our own content only; they are not sanitizers.
 */

/** Characters WordPress's `wptexturize()` outputs as numeric entities. */
const TEXTURIZED = {
  '‘': '&#8216;',
  '’': '&#8217;',
  '“': '&#8220;',
  '”': '&#8221;',
  '–': '&#8211;',
  '—': '&#8212;',
  '…': '&hellip;',
};

/** Escapes text for use as HTML (WordPress stores `&` in titles as `&amp;`). */
export function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rewrites typographic characters as WordPress renders them in `title.rendered` and `content.rendered`. */
export function texturize(html) {
  return html.replace(/[‘’“”–—…]/g, (char) => TEXTURIZED[char]);
}

/** The readable text of our authored HTML: tags dropped, the entities we write decoded, spaces collapsed. */
export function plainText(html) {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export function countWords(text) {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The first `count` words of `text`, with `more` appended when something was cut. */
export function firstWords(text, count, more) {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')}${more}` : words.join(' ');
}
