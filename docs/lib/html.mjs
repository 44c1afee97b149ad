/** Small HTML helpers for the docs build (Node only). */

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text = '') => String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);

export const slugify = (text = '') =>
  String(text)
    .toLowerCase()
    .replace(/[^a-z0-9\u0600-\u06ff]+/g, '-')
    .replace(/^-|-$/g, '');

/** Escapes an HTML snippet for display, wrapping tags and attribute names in spans the stylesheet colours. */
export function highlightHtml(source) {
  return escapeHtml(source).replace(
    /(&lt;\/?)([a-z][a-z0-9-]*)([\s\S]*?)(\/?&gt;)/g,
    (_, open, tag, attrs, close) =>
      `${open}<span class="tok-tag">${tag}</span>${attrs.replace(
        /([a-z-:.]+)(=&quot;)(.*?)(&quot;)/g,
        '<span class="tok-attr">$1</span>$2<span class="tok-value">$3</span>$4',
      )}${close}`,
  );
}
