import { html, type TemplateResult } from 'lit';
import { msg } from '../core/localization.js';
import type { Citation } from '../core/citation-model.js';
import type { CitationSegment } from './format/segments.js';
import { renderHeadingSlot, renderLoadingText } from '../core/post-embeds-element.js';
import type { ExportFormat } from './download.js';
import { withUrlBreaks } from './url-breaks.js';

export interface SourceListOptions {
  /** Text of the default heading; a page's `slot="heading"` replaces it. */
  heading: string;
  /** The citation as segments, in the block's style and language. */
  format: (citation: Citation) => CitationSegment[];
  /** The citation whose copy button says "Copied". */
  copied?: Citation;
  /** What the live region says ("Copied", "Copy failed"). */
  announcement: string;
  onCopy: (citation: Citation) => void;
  onExport: (format: ExportFormat) => void;
}

/** The export buttons read the formats' own names, the same in every language. */
const EXPORT_LABELS: Record<ExportFormat, string> = { bibtex: 'BibTeX', ris: 'RIS', csl: 'CSL-JSON' };

/**
 * One segment: data isolated in `<bdi>` (a Latin title in an Arabic block keeps its own direction and
 * its punctuation), the URL as a left-to-right link when the citation has a safe one (wrapping between its
 * parts), italics as `<i>`.
 * Every string is text: a custom formatter's output is never markup.
 */
function renderSegment(segment: CitationSegment, url: string | undefined): unknown {
  const { role, text } = segment;
  const content =
    role === 'url' && url
      ? html`<a part="link" href=${url} rel="noreferrer" dir="ltr">${withUrlBreaks(text)}</a>`
      : role && role !== 'date'
        ? html`<bdi>${text}</bdi>`
        : text;
  return segment.italic ? html`<i>${content}</i>` : content;
}

/** The heading, the list of citations with their copy buttons, the export buttons and the live region. */
export function renderSourceList(citations: readonly Citation[], options: SourceListOptions): TemplateResult {
  const copyLabel = msg('Copy', { id: 'pe.citation.copy' });
  const copiedLabel = msg('Copied', { id: 'pe.citation.copied' });
  return html`${renderHeadingSlot(options.heading)}
    <ul part="list" class="list">
      ${citations.map(
        (citation, index) => html`<li part="item" class="item">
          <cite part="citation" id="citation-${index}">${options.format(citation).map((segment) => renderSegment(segment, citation.url))}</cite>
          <button part="copy" type="button" aria-describedby="citation-${index}" @click=${() => options.onCopy(citation)}>
            ${citation === options.copied ? copiedLabel : copyLabel}
          </button>
        </li>`,
      )}
    </ul>
    <div part="export" class="export" role="group" aria-labelledby="export-label">
      <span id="export-label">${msg('Export', { id: 'pe.citation.export' })}</span>
      ${(Object.keys(EXPORT_LABELS) as ExportFormat[]).map(
        (format) => html`<button type="button" data-format=${format} @click=${() => options.onExport(format)}>${EXPORT_LABELS[format]}</button>`,
      )}
    </div>
    <span class="pe-visually-hidden" role="status">${options.announcement}</span>`;
}

/** The loading placeholder: the heading and a line (rarely seen: only a fetch takes that long). */
export function renderSourceListSkeleton(heading: string): TemplateResult {
  return html`${renderHeadingSlot(heading)}
    <div class="pe-skeleton line" aria-busy="true">${renderLoadingText()}</div>`;
}
