/**
 * The built-in formatter, in two parts: `plain` ships with the element, and APA, MLA and Chicago load
 * together as one chunk the first time a block asks for one of them.
 */
import { loadChunk } from '../core/chunks.js';
import { formatPlain } from './format/plain.js';
import type { CitationFormatter } from './format/index.js';

const LOADED_ON_DEMAND = new Set(['apa', 'mla', 'chicago']);

const plainFormatter: CitationFormatter = (citation) => formatPlain(citation);

let allStyles: CitationFormatter | undefined;
let loading: Promise<CitationFormatter> | undefined;

/**
 * The formatter for `style`, or `undefined` until its chunk has loaded. An unknown style (an attribute
 * typo) formats as `plain`, as `formatCitation` does.
 */
export function readyFormatter(style: string): CitationFormatter | undefined {
  return LOADED_ON_DEMAND.has(style) ? allStyles : plainFormatter;
}

/** Loads the APA, MLA and Chicago chunk (once; a failed load is tried again on the next call). */
export function loadStyles(): Promise<CitationFormatter> {
  loading ??= loadChunk(import('./format/index.js')).then(
    (module) => (allStyles = module.formatCitation),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
