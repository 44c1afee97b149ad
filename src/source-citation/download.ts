/**
 * Exporting a block's sources as a file, loaded on demand with the three writers: most readers never
 * export, and the writers together weigh more than the element.
 */
import type { Citation } from '../core/citation-model.js';
import { toBibTeX } from './export/bibtex.js';
import { toCslJson } from './export/csl-json.js';
import { toRIS } from './export/ris.js';

export type ExportFormat = 'bibtex' | 'ris' | 'csl';

const FORMATS: Record<ExportFormat, { file: string; type: string; write: (citations: readonly Citation[]) => string }> = {
  bibtex: { file: 'sources.bib', type: 'application/x-bibtex', write: toBibTeX },
  ris: { file: 'sources.ris', type: 'application/x-research-info-systems', write: toRIS },
  csl: { file: 'sources.json', type: 'application/vnd.citationstyles.csl+json', write: toCslJson },
};

/**
 * Let the download finish before the object URL goes: revoking it at once cancels the download in some
 * browsers, and FileSaver.js has long used this delay.
 */
const REVOKE_AFTER_MS = 40_000;

/** Saves `citations` as `sources.bib`, `sources.ris` or `sources.json`, through a Blob and an `<a download>`. */
export function downloadCitations(format: ExportFormat, citations: readonly Citation[]): void {
  const { file, type, write } = FORMATS[format];
  const url = URL.createObjectURL(new Blob([write(citations)], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
