/**
 * Chicago 17th edition, notes-bibliography system, bibliography entries (CMOS chapter 14):
 *
 *   Family, Given, and Given Family. “Title of Article.” *Newspaper*, March 8, 2017. https://….
 *   Family, Given. “Title of Post.” *Blog* (blog), *Publication*, February 15, 2017. https://….
 *   Organisation. “Title of Page.” Site Name. Publisher. March 5, 2026. https://….
 *   Family, Given. *Title of Book*. Place: Publisher, 2015.
 *
 * - Up to ten authors are listed; from eleven, the first seven and "et al.".
 * - Periodicals and blogs are italic, website names roman (§14.206); "(blog)" follows a blog's name
 *   unless the name says so, and a blog's host publication follows it.
 * - A webpage's site or publisher is not repeated when it is also the (organisation) author, nor the
 *   publisher when it is the site.
 * - Books and reports are dated by year. An undated online source gives its access date instead
 *   ("Accessed May 1, 2017.", §14.12); without one, "n.d.", except on a webpage, which then has no date.
 */
import type { Citation, CitationType, Name } from '../../core/citation-model.js';
import { monthDayYear, yearOf } from './dates.js';
import { bareUrl, citationTitle, citationType, isBareUrl, isSoleAuthor, sameName } from './fields.js';
import type { CitationLocale } from './english.js';
import { familyFirst, givenFirst, hasGivenName } from './names.js';
import { SegmentWriter, type CitationSegment } from './segments.js';

/** Chicago lists up to this many authors; beyond it, the first seven and "et al.". */
const MAX_AUTHORS = 10;
const AUTHORS_BEFORE_ET_AL = 7;

function writeAuthors(out: SegmentWriter, names: readonly Name[], locale: CitationLocale): void {
  const truncated = names.length > MAX_AUTHORS;
  const shown = truncated ? names.slice(0, AUTHORS_BEFORE_ET_AL) : names;
  shown.forEach((name, index) => {
    if (index > 0) {
      const last = !truncated && index === shown.length - 1;
      // The comma before "and" closes the inverted first name, so two organisations take none.
      out.separate(!last ? ', ' : shown.length > 2 || hasGivenName(shown[0]) ? ', and ' : ' and ');
    }
    out.data(index === 0 ? familyFirst(name, locale.comma) : givenFirst(name), { role: 'author' });
  });
  if (truncated) out.separate(', ').text('et al.');
}

function writeDate(out: SegmentWriter, citation: Citation, type: CitationType, locale: CitationLocale): void {
  if (citation.issued) {
    const standalone = type === 'book' || type === 'report';
    const date = standalone ? yearOf(citation.issued, locale) : monthDayYear(citation.issued, locale);
    out.data(date, { role: 'date' });
  } else if (citation.accessed) {
    out.separate('. ').text('Accessed ').data(monthDayYear(citation.accessed, locale), { role: 'date' });
  } else if (type !== 'webpage') {
    out.text(locale.noDate);
  }
}

/** What the source belongs to: periodical or blog, site and publisher, or place and publisher. */
function writeSource(out: SegmentWriter, citation: Citation, type: CitationType): void {
  const { containerTitle, publisher } = citation;
  if (type === 'webpage') {
    if (!isSoleAuthor(citation, containerTitle)) out.data(containerTitle, { role: 'container' }).separate('. ');
    if (!sameName(publisher, containerTitle) && !isSoleAuthor(citation, publisher)) {
      out.data(publisher, { role: 'publisher' }).separate('. ');
    }
  } else if (type === 'book' || type === 'report') {
    const name = publisher ?? containerTitle;
    if (name && citation.publisherPlace) out.data(citation.publisherPlace, { role: 'publisher' }).text(': ');
    out.data(name, { role: 'publisher' }).separate(', ');
  } else {
    out.data(containerTitle, { role: 'container', italic: true });
    if (type === 'post-weblog') {
      if (containerTitle && !/\bblog\b/i.test(containerTitle)) out.text(' (blog)');
      out.separate(', ').data(publisher, { role: 'publisher', italic: true });
    }
    out.separate(', ');
  }
}

export function formatChicago(citation: Citation, locale: CitationLocale): CitationSegment[] {
  if (isBareUrl(citation)) return bareUrl(citation.url);
  const out = new SegmentWriter(locale);
  const type = citationType(citation);
  const title = citationTitle(citation);

  writeAuthors(out, citation.authors, locale);
  out.separate('. ');
  if (type === 'book' || type === 'report') out.data(title, { role: 'title', italic: true });
  else out.quoted(title, { role: 'title' });
  out.separate('. ');
  writeSource(out, citation, type);
  writeDate(out, citation, type, locale);
  out.separate('. ').data(citation.url, { role: 'url' });
  return out.finish('.');
}
