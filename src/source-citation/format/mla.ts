/**
 * MLA 9th edition works-cited entries (MLA Handbook, chapter 5: the core elements):
 *
 *   Author. “Title of Source.” *Title of Container*, Publisher, Publication Date, Location. Accessed 5 Mar. 2026.
 *
 * - One author "Family, Given"; two "Family, Given, and Given Family"; three or more "Family, Given, et al.".
 * - A part of a larger work (newspaper, magazine or blog article, a page of a named site) is quoted and
 *   its container italicized; a work that stands alone (book, report, unnamed site) is italicized.
 * - The publisher is given for books, reports and webpages, not for periodicals, and never twice: a
 *   site named like its publisher drops the publisher, and an organisation that both wrote and
 *   published the work drops the author (the entry starts with the title).
 * - Locations drop "http://" and "https://", as MLA 9 recommends; the segment still links to `url`.
 * - The access date is optional in MLA: it is printed whenever the data gives one.
 */
import type { Citation, Name } from '../../core/citation-model.js';
import { dayMonthYear, yearOf } from './dates.js';
import { bareUrl, citationTitle, citationType, isBareUrl, isSoleAuthor, sameName } from './fields.js';
import type { CitationLocale } from './english.js';
import { familyFirst, givenFirst, hasGivenName } from './names.js';
import { SegmentWriter, type CitationSegment } from './segments.js';

function writeAuthors(out: SegmentWriter, names: readonly Name[], locale: CitationLocale): void {
  if (names.length === 0) return;
  out.data(familyFirst(names[0], locale.comma), { role: 'author' });
  if (names.length > 2) {
    out.separate(', ').text('et al.');
  } else if (names.length === 2) {
    out.separate(hasGivenName(names[0]) ? ', and ' : ' and ').data(givenFirst(names[1]), { role: 'author' });
  }
}

export function formatMla(citation: Citation, locale: CitationLocale): CitationSegment[] {
  if (isBareUrl(citation)) return bareUrl(citation.url);
  const out = new SegmentWriter(locale);
  const type = citationType(citation);
  const standalone = type === 'book' || type === 'report';
  const container = standalone ? undefined : citation.containerTitle;
  const publisher = standalone
    ? citation.publisher ?? citation.containerTitle
    : type === 'webpage' && !sameName(citation.publisher, container)
      ? citation.publisher
      : undefined;
  const authors = isSoleAuthor(citation, publisher) || isSoleAuthor(citation, container) ? [] : citation.authors;

  writeAuthors(out, authors, locale);
  out.separate('. ');
  if (container) out.quoted(citationTitle(citation), { role: 'title' });
  else out.data(citationTitle(citation), { role: 'title', italic: true });
  out.separate('. ');
  out.data(container, { role: 'container', italic: true }).separate(', ');
  out.data(publisher, { role: 'publisher' }).separate(', ');
  if (citation.issued) {
    const date = standalone ? yearOf(citation.issued, locale) : dayMonthYear(citation.issued, locale);
    out.data(date, { role: 'date' }).separate(', ');
  }
  out.data(citation.url?.replace(/^https?:\/\//, ''), { role: 'url' });
  if (citation.accessed) {
    out.separate('. ').text('Accessed ').data(dayMonthYear(citation.accessed, locale), { role: 'date' });
  }
  return out.finish('.');
}
