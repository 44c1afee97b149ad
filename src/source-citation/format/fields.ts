/**
 * What every style reads from a citation the same way.
 */
import { isLiteralName, type Citation, type CitationType } from '../../core/citation-model.js';
import { namingLabel } from './plain.js';
import type { CitationSegment } from './segments.js';

export function citationType(citation: Citation): CitationType {
  return citation.type ?? 'webpage';
}

/** The title, else the link text the citing page gave. */
export function citationTitle(citation: Citation): string | undefined {
  return citation.title ?? namingLabel(citation);
}

/** Nothing names the source (no author, title, link text, site or publisher): every style prints the URL alone. */
export function isBareUrl(citation: Citation): citation is Citation & { url: string } {
  return (
    !!citation.url &&
    citation.authors.length === 0 &&
    !citationTitle(citation) &&
    !citation.containerTitle &&
    !citation.publisher
  );
}

/** Names that differ only in case or accents ("BBC News", "BBC news") are the same name. */
export function sameName(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
}

/** The single author is the organisation `name` (the site or publisher): styles name it only once. */
export function isSoleAuthor(citation: Citation, name: string | undefined): boolean {
  const [author] = citation.authors;
  return citation.authors.length === 1 && isLiteralName(author) && sameName(author.literal, name);
}

/** A citation of nothing but its address. */
export function bareUrl(url: string): CitationSegment[] {
  return [{ text: url, role: 'url' }];
}
