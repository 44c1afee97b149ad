/**
 * The plain style of hand-written "Sources" sections: "BBC News (Technology): https://…".
 * The page's link text, else the site or publisher (with its section), else the title; then the URL.
 * Its punctuation is the same in every language, so it needs no locale.
 */
import type { Citation } from '../../core/citation-model.js';
import { ENGLISH } from './english.js';
import { SegmentWriter, type CitationSegment } from './segments.js';

/**
 * A link text that is only the address itself (`<a href="https://…">https://…</a>`) names nothing.
 * (Here rather than in fields.ts, which the other styles share: `plain` ships with the element alone.)
 */
export function namingLabel(citation: Citation): string | undefined {
  const label = citation.label?.trim();
  return label && label !== citation.url && !/^(?:https?:\/\/|www\.)/i.test(label) ? label : undefined;
}

export function formatPlain(citation: Citation): CitationSegment[] {
  const out = new SegmentWriter(ENGLISH);
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
