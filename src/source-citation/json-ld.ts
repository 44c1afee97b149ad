/**
 * The sources as schema.org `citation`s of the citing page, for `<source-citation jsonld>`: search engines
 * read JSON-LD from the light DOM, never from a shadow root. Loaded on demand, only by blocks that ask.
 *
 *   {"@context":"https://schema.org","@type":"CreativeWork","url":"<the page>","citation":[{"@type":"NewsArticle",…}]}
 */
import { datePartsToIso, isLiteralName, type Citation, type CitationType, type Name } from '../core/citation-model.js';
import { writeJsonLd as writeJsonLdScript } from '../core/json-ld.js';

const SCHEMA_TYPES: Record<CitationType, string> = {
  'article-newspaper': 'NewsArticle',
  'article-magazine': 'Article',
  'post-weblog': 'BlogPosting',
  webpage: 'WebPage',
  report: 'Report',
  book: 'Book',
};

const organisation = (name: string) => ({ '@type': 'Organization', name });

function agent(name: Name): object {
  if (isLiteralName(name)) return organisation(name.literal);
  return {
    '@type': 'Person',
    name: name.given ? `${name.given} ${name.family}` : name.family,
    givenName: name.given,
    familyName: name.family,
  };
}

function citationItem(citation: Citation): object {
  const publisher = citation.publisher ?? citation.containerTitle;
  return {
    '@type': SCHEMA_TYPES[citation.type ?? 'webpage'],
    name: citation.title ?? citation.label,
    url: citation.url,
    author: citation.authors.length ? citation.authors.map(agent) : undefined,
    publisher: publisher && organisation(publisher),
    isPartOf: citation.containerTitle && { '@type': 'CreativeWork', name: citation.containerTitle },
    articleSection: citation.section,
    datePublished: citation.issued && datePartsToIso(citation.issued),
    inLanguage: citation.language,
  };
}

/** The citing page: its canonical URL when it states one. */
function citingPageUrl(): string {
  return document.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href || location.href.replace(/#.*/, '');
}

/** Writes the JSON-LD of `citations`, as cited by this page, as the last child of `host` (see `core/json-ld.ts`). */
export function writeJsonLd(host: HTMLElement, citations: readonly Citation[], previous?: HTMLScriptElement): HTMLScriptElement {
  return writeJsonLdScript(host, { '@type': 'CreativeWork', url: citingPageUrl(), citation: citations.map(citationItem) }, previous);
}
