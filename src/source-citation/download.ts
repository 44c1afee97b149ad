/**
 * Exporting a block's sources as a file. Each format's writer is imported on demand: most readers never
 * export, and the three writers together weigh more than the element.
 */
import type { Citation } from '../core/citation-model.js';

type Writer = (citations: readonly Citation[]) => string;

const FORMATS = {
  bibtex: { file: 'sources.bib', type: 'application/x-bibtex', writer: () => import('./export/bibtex.js').then((m) => m.toBibTeX) },
  ris: { file: 'sources.ris', type: 'application/x-research-info-systems', writer: () => import('./export/ris.js').then((m) => m.toRIS) },
  csl: { file: 'sources.json', type: 'application/vnd.citationstyles.csl+json', writer: () => import('./export/csl-json.js').then((m) => m.toCslJson) },
} satisfies Record<string, { file: string; type: string; writer: () => Promise<Writer> }>;

export type ExportFormat = keyof typeof FORMATS;

/** How the export buttons read: the formats' own names, the same in every language. */
export const EXPORT_LABELS: Record<ExportFormat, string> = { bibtex: 'BibTeX', ris: 'RIS', csl: 'CSL-JSON' };

/**
 * Let the download finish before the object URL goes: revoking it at once cancels the download in some
 * browsers, and FileSaver.js has long used this delay.
 */
const REVOKE_AFTER_MS = 40_000;

/** Saves `citations` as `sources.bib`, `sources.ris` or `sources.json`, through a Blob and an `<a download>`. */
export async function downloadCitations(format: ExportFormat, citations: readonly Citation[]): Promise<void> {
  const { file, type, writer } = FORMATS[format];
  const write = await writer();
  const url = URL.createObjectURL(new Blob([write(citations)], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
