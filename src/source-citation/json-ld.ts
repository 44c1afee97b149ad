/**
 * The sources as schema.org `citation`s of the citing page, for `<source-citation jsonld>`: search engines
 * read JSON-LD from the light DOM, never from a shadow root. Loaded on demand, only by blocks that ask.
 *
 *   {"@context":"https://schema.org","@type":"CreativeWork","url":"<the page>","citation":[{"@type":"NewsArticle",…}]}
 */
import { datePartsToIso, isLiteralName, type Citation, type CitationType, type Name } from '../core/citation-model.js';
import { parseInertHtml } from '../core/html-to-text.js';

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

/**
 * The JSON-LD text for `citations`, as cited by this page. Every `<` is escaped as `\u003c` (the same
 * JSON), so no string in the data can close the `<script>` or open a comment.
 */
function citationJsonLd(citations: readonly Citation[]): string {
  const json = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    url: citingPageUrl(),
    citation: citations.map(citationItem),
  });
  return json.replace(/</g, '\\u003c');
}

/**
 * Writes the JSON-LD of `citations` as the last child of `host`, replacing `previous` (the script this
 * wrote before) unless it already says the same; returns the script now in place.
 *
 * Under Trusted Types, script text set from script (`textContent`, an appended text node) is checked when
 * the element is inserted, whatever its `type`: Chromium and Firefox both report a JSON-LD script made with
 * `createElement`. Text the HTML parser wrote is trusted, and `DOMParser`'s scripts never run, so the script
 * is parsed, inertly, with its text: with every `<` escaped, the parser can make of it nothing but one
 * script element holding exactly that JSON.
 */
export function writeJsonLd(host: HTMLElement, citations: readonly Citation[], previous?: HTMLScriptElement): HTMLScriptElement {
  const json = citationJsonLd(citations);
  if (previous?.parentNode === host && previous.textContent === json) return previous;
  const script = parseInertHtml(`<script type="application/ld+json">${json}</script>`).querySelector('script')!;
  previous?.remove();
  host.append(script);
  return script;
}
