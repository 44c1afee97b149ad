/**
 * Helpers for the `<source-citation>` tests, on top of ../helpers.ts.
 */
import '../../src/source-citation.js';
import type { Citation } from '../../src/core/citation-model.js';
import { citationText, formatCitation, type CitationStyle } from '../../src/source-citation/format/index.js';
import type { SourceCitationElement } from '../../src/source-citation/source-citation.js';
import { reach } from '../helpers.js';

/** The seed page's source, as its "Sources" line gives it. */
export const BBC_URL = 'https://www.bbc.com/news/articles/c86v52gv726o?at_medium=RSS&at_campaign=rss';
export const BBC_PLAIN = `BBC News (Technology): ${BBC_URL}`;

export const FLORIN_EN = 'https://florin.blog/chinese-open-source-ai-models-cheap-deployable/';
export const FLORIN_AR = 'https://florin.blog/ar/chinese-open-source-ai-models-ar/';

/** A CSL-JSON export from Zotero, served by the test server as a static file. */
export const ZOTERO_CSL = new URL('../fixtures/zotero-export.json', import.meta.url).href;

/** The element's citations, once it is ready. */
export async function ready(el: SourceCitationElement): Promise<Citation[]> {
  await reach(el, 'ready');
  return el.data!;
}

/** The shadow root's elements matching `selector`. */
export const all = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** The text of each rendered `<cite part="citation">`, exactly as shown (no whitespace tidying). */
export const citeTexts = (el: SourceCitationElement) => all(el, '[part~="citation"]').map((cite) => cite.textContent);

/** What the built-in formatter makes of each citation: the text the element must show and copy. */
export const formatted = (citations: readonly Citation[], style: CitationStyle, locale = 'en') =>
  citations.map((citation) => citationText(formatCitation(citation, style, locale)));

/** A copy of a citation without its `undefined` fields, for deep comparisons. */
export const defined = <T>(value: T): T => JSON.parse(JSON.stringify(value));
