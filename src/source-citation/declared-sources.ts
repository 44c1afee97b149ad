/**
 * The sources a page writes into `<source-citation>` itself: one in the element's attributes, or one per
 * light-DOM link, with the same fields in `data-*` attributes:
 *
 *   <source-citation href="https://…" publisher="BBC News" section="Technology"></source-citation>
 *   <source-citation><a href="https://…" data-publisher="BBC News" data-section="Technology">BBC News (Technology)</a></source-citation>
 *
 * They are read as raw text first (which also makes a stable key for the element's life cycle), and become
 * citations once the name parser they may need has loaded.
 */
import { datePartsFromIso, type Citation, type CitationType, type Name } from '../core/citation-model.js';
import { normalizeLanguage } from '../core/direction.js';
import { safeHttpUrl } from '../core/url.js';

/** The fields a source may state, as attribute names (and `data-*` names on links). */
const FIELDS = ['headline', 'publisher', 'section', 'author', 'published', 'accessed', 'type'] as const;

type Field = (typeof FIELDS)[number];

/** The element's own fields (its attributes, or properties set by a framework). */
export type SourceFields = Partial<Record<Field | 'href', string | null>>;

/** A source as the page wrote it: trimmed text, nothing checked yet. */
export type DeclaredSource = Partial<Record<Field | 'href' | 'label' | 'language', string>>;

/** Splits and reads one author's name ("Zoe Kleinman" → person, "BBC News" → organisation). */
export type NameParser = (text: string, siteName?: string) => Name | undefined;

const CITATION_TYPES: readonly string[] = ['article-newspaper', 'article-magazine', 'webpage', 'post-weblog', 'report', 'book'];

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
export function declaredSources(host: HTMLElement & SourceFields): DeclaredSource[] {
  if (host.href || host.headline) return [{ href: address(host.href), ...readFields((field) => host[field]) }];
  return [...host.querySelectorAll<HTMLAnchorElement>(':scope > a[href]:not([slot]), :scope > :not([slot]) a[href]')].map(
    (link) => ({
      href: address(link.getAttribute('href')),
      label: text(link.textContent),
      language: text(link.hreflang),
      ...readFields((field) => link.dataset[field]),
    }),
  );
}

/**
 * A declared source as a citation. `parseName` is needed only when it names an author (several are
 * separated by `;`); an `href` that is not http(s) is dropped (the source is still listed, unlinked), and
 * an invalid date is left out.
 */
export function declaredCitation(source: DeclaredSource, index: number, parseName?: NameParser): Citation {
  const url = safeHttpUrl(source.href, document.baseURI);
  const authors = (parseName && source.author?.split(';')) || [];
  return {
    id: url ?? `source-${index + 1}`,
    type: CITATION_TYPES.includes(source.type!) ? (source.type as CitationType) : undefined,
    title: source.headline,
    // "Publisher" as citing pages use the word: the site or newspaper that carries the source.
    containerTitle: source.publisher,
    section: source.section,
    authors: authors.map((name) => parseName!(name, source.publisher)).filter((name): name is Name => !!name),
    issued: source.published ? datePartsFromIso(source.published) : undefined,
    accessed: source.accessed ? datePartsFromIso(source.accessed) : undefined,
    url,
    language: normalizeLanguage(source.language),
    label: source.label,
  };
}
