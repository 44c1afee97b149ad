/**
 * The plain style of hand-written "Sources" sections: "BBC News (Technology): https://…".
 * The page's link text, else the site or publisher (with its section), else the title; then the URL.
 */
import type { Citation } from '../../core/citation-model.js';
import type { CitationLocale } from './locale.js';
import { namingLabel } from './fields.js';
import { SegmentWriter, type CitationSegment } from './segments.js';

export function formatPlain(citation: Citation, locale: CitationLocale): CitationSegment[] {
  const out = new SegmentWriter(locale);
  const label = namingLabel(citation);
  const name = citation.containerTitle ?? citation.publisher;
  const section = citation.section?.trim();
  if (label) {
    out.data(label, { role: 'title' });
  } else if (name) {
    out.data(name, { role: 'container' });
    if (section) out.text(' (').data(section, { role: 'container' }).text(')');
  } else {
    out.data(citation.title, { role: 'title' });
  }
  return out.separate(': ').data(citation.url, { role: 'url' }).finish();
}
