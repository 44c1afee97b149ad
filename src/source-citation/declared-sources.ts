/**
 * The sources a page writes into `<source-citation>` itself: one in the element's attributes, or one per
 * light-DOM link, with the same fields in `data-*` attributes:
 *
 *   <source-citation href="https://…" publisher="BBC News" section="Technology"></source-citation>
 *   <source-citation><a href="https://…" data-publisher="BBC News" data-section="Technology">BBC News (Technology)</a></source-citation>
 *
 * They are read as raw text first (which also makes a stable key for the element's life cycle). What the
 * plain style shows becomes a citation here; the details only the other styles and the exports print
 * (author, dates, type) are read by ./metadata.ts, loaded with the parsers they need.
 */
import type { Citation } from '../core/citation-model.js';
import { normalizeLanguage } from '../shared/direction.js';
import { safeHttpUrl } from '../shared/url.js';

/** The fields a source may state, as attribute names (and `data-*` names on links). */
const FIELDS = ['headline', 'publisher', 'section', 'author', 'published', 'accessed', 'type'] as const;

type Field = (typeof FIELDS)[number];

/** A source as the page wrote it: trimmed text, nothing checked yet. */
export type DeclaredSource = Partial<Record<Field | 'href' | 'label' | 'language', string>>;

const text = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() || undefined;

/** An address is only trimmed: whitespace inside it is for `safeHttpUrl()` to judge (`java\tscript:`). */
const address = (value: string | null | undefined) => value?.trim() || undefined;

function readFields(read: (field: Field) => string | null | undefined): DeclaredSource {
  const source: DeclaredSource = {};
  for (const field of FIELDS) source[field] = text(read(field));
  return source;
}

/**
 * The element's own source when it has an `href` or a `headline` (its links are then only the no-JavaScript
 * fallback), else one per link. Links inside a `slot="heading"` child belong to the heading, not the list.
 */
export function declaredSources(host: HTMLElement): DeclaredSource[] {
  if (host.hasAttribute('href') || host.hasAttribute('headline')) {
    return [{ href: address(host.getAttribute('href')), ...readFields((field) => host.getAttribute(field)) }];
  }
  return [...host.querySelectorAll<HTMLAnchorElement>(':scope > a[href]:not([slot]), :scope > :not([slot]) a[href]')].map(
    (link) => ({
      href: address(link.getAttribute('href')),
      label: text(link.textContent),
      language: text(link.hreflang),
      ...readFields((field) => link.dataset[field]),
    }),
  );
}

/** Whether a source states details that only ./metadata.ts reads. */
export const hasDetails = (source: DeclaredSource): boolean =>
  !!(source.author || source.published || source.accessed || source.type);

/**
 * A declared source as a citation, without its details. An `href` that is not http(s) is dropped: the
 * source is still listed, unlinked.
 */
export function declaredCitation(source: DeclaredSource, index: number): Citation {
  const url = safeHttpUrl(source.href, document.baseURI);
  return {
    id: url ?? `source-${index + 1}`,
    title: source.headline,
    // "Publisher" as citing pages use the word: the site or newspaper that carries the source.
    containerTitle: source.publisher,
    section: source.section,
    authors: [],
    url,
    language: normalizeLanguage(source.language),
    label: source.label,
  };
}
