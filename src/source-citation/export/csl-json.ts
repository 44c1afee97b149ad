/**
 * Citations back to CSL-JSON: an array of items with `date-parts` dates, which `toCitations()` in
 * `core/adapters/csl.ts` reads back into the same citations (each needs a title to be CSL), and which any CSL processor (citeproc-js, citation-js,
 * Zotero's import) accepts. The page's link text (`label`) has no CSL field and is left out.
 */
import type { Citation, DateParts } from '../../core/citation-model.js';

type CslDate = { 'date-parts': [number[]] };

function cslDate(date: DateParts | undefined): CslDate | undefined {
  if (!date) return undefined;
  const parts = [date.year];
  if (date.month) parts.push(date.month);
  if (date.month && date.day) parts.push(date.day);
  return { 'date-parts': [parts] };
}

/** One item; `JSON.stringify` leaves out the fields that are `undefined`. */
function cslItem(citation: Citation): Record<string, unknown> {
  return {
    id: citation.id,
    type: citation.type ?? 'webpage',
    title: citation.title,
    'container-title': citation.containerTitle,
    section: citation.section,
    publisher: citation.publisher,
    'publisher-place': citation.publisherPlace,
    author: citation.authors.length ? citation.authors : undefined,
    issued: cslDate(citation.issued),
    accessed: cslDate(citation.accessed),
    URL: citation.url,
    language: citation.language,
  };
}

/**
 * A CSL-JSON document (an array, even for one citation), pretty-printed. `JSON.stringify` escapes every
 * line break but NEL (U+0085), U+2028 and U+2029, which JSON allows raw; they are escaped too (the same
 * JSON), so no line of the file holds part of a value, whatever a reader takes for the end of a line.
 */
export function toCslJson(citations: readonly Citation[]): string {
  const json = JSON.stringify(citations.map(cslItem), null, 2);
  return json.replace(/[\u0085\u2028\u2029]/g, (br) => `\\u${br.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
