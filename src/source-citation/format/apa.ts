/**
 * APA 7th edition reference-list entries (Publication Manual, chapters 9 and 10):
 *
 *   Author, A. A., & Author, B. B. (2019, March 22). Title of article. *Newspaper*. https://…
 *   Organisation. (2018). *Title of report or book*. Publisher. https://…
 *   *Title of webpage*. (n.d.). Site Name. Retrieved July 3, 2019, from https://…
 *
 * - Newspaper, magazine and blog articles: title in roman, the periodical or blog in italics. Webpages,
 *   reports and books stand alone: title in italics, site or publisher in roman.
 * - Books and reports are dated by year only; the rest as precisely as the source says.
 * - Up to 20 authors; from 21, the first 19, ". . ." and the last. The comma before "&" belongs to the
 *   initials, so two organisations take none.
 * - Without an author the title moves to the author's place; a site or publisher that is also the
 *   (organisation) author is not repeated.
 * - "Retrieved …, from" is only for pages "designed to change" (§9.16). A source cannot tell us that,
 *   so we read it from the data: an undated source that states an access date is treated as one.
 * - No period after the URL, which APA omits so as not to alter the link.
 */
import type { Citation, CitationType, Name } from '../../core/citation-model.js';
import { monthDayYear, yearMonthDay, yearOf } from './dates.js';
import { bareUrl, citationTitle, citationType, isBareUrl, isSoleAuthor } from './fields.js';
import type { CitationLocale } from './english.js';
import { familyInitials, hasGivenName } from './names.js';
import { SegmentWriter, type CitationSegment } from './segments.js';

/** APA lists up to this many authors; beyond it, the first 19, an ellipsis and the last. */
const MAX_AUTHORS = 20;

const PERIODICAL_TYPES = new Set<CitationType>(['article-newspaper', 'article-magazine', 'post-weblog']);

function writeAuthors(out: SegmentWriter, names: readonly Name[], locale: CitationLocale): void {
  const truncated = names.length > MAX_AUTHORS;
  const shown = truncated ? [...names.slice(0, MAX_AUTHORS - 1), names[names.length - 1]] : names;
  const separatorBefore = (index: number) => {
    if (index < shown.length - 1) return ', ';
    if (truncated) return ', . . . ';
    // The comma before "&" closes the initials, so two organisations take none ("WHO & UNICEF").
    return shown.length > 2 || hasGivenName(shown[0]) ? ', & ' : ' & ';
  };
  shown.forEach((name, index) => {
    if (index > 0) out.separate(separatorBefore(index));
    out.data(familyInitials(name, locale.comma), { role: 'author' });
  });
}

function writeDate(out: SegmentWriter, citation: Citation, type: CitationType, locale: CitationLocale): void {
  out.text('(');
  if (!citation.issued) out.text(locale.noDate);
  else if (type === 'book' || type === 'report') out.data(yearOf(citation.issued, locale), { role: 'date' });
  else out.data(yearMonthDay(citation.issued, locale), { role: 'date' });
  out.text(')');
}

/** The periodical, site or publisher that the source belongs to. */
function writeSource(out: SegmentWriter, citation: Citation, type: CitationType): void {
  if (PERIODICAL_TYPES.has(type)) {
    out.data(citation.containerTitle, { role: 'container', italic: true });
  } else if (type === 'webpage') {
    const site = citation.containerTitle ?? citation.publisher;
    if (!isSoleAuthor(citation, site)) out.data(site, { role: 'container' });
  } else {
    const publisher = citation.publisher ?? citation.containerTitle;
    if (!isSoleAuthor(citation, publisher)) out.data(publisher, { role: 'publisher' });
  }
}

export function formatApa(citation: Citation, locale: CitationLocale): CitationSegment[] {
  if (isBareUrl(citation)) return bareUrl(citation.url);
  const out = new SegmentWriter(locale);
  const type = citationType(citation);
  const title = citationTitle(citation);
  const titleFormat = { role: 'title', italic: !PERIODICAL_TYPES.has(type) } as const;
  const hasAuthors = citation.authors.length > 0;

  if (hasAuthors) writeAuthors(out, citation.authors, locale);
  else out.data(title, titleFormat);
  out.separate('. ');
  writeDate(out, citation, type, locale);
  out.separate('. ');
  if (hasAuthors) out.data(title, titleFormat).separate('. ');
  writeSource(out, citation, type);
  out.separate('. ');
  if (citation.url && citation.accessed && !citation.issued) {
    out.text('Retrieved ').data(monthDayYear(citation.accessed, locale), { role: 'date' }).separate(', ').text('from ');
  }
  out.data(citation.url, { role: 'url' });
  return out.finish(citation.url ? '' : '.');
}
