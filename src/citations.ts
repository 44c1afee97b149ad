/**
 * The citation formatter and exports on their own, without any element: `import { formatCitation, toBibTeX }
 * from 'post-embeds/citations.js'`. They are a separate entry because `<source-citation>` loads them only on
 * demand: exporting them from the package root would put them all in the main bundle.
 */
export { formatCitation, citationText, type CitationFormatter, type CitationStyle, type CitationSegment, type SegmentRole } from './source-citation/format/index.js';
export { toBibTeX } from './source-citation/export/bibtex.js';
export { toRIS } from './source-citation/export/ris.js';
export { toCslJson } from './source-citation/export/csl-json.js';
export { toCitations } from './core/adapters/csl.js';
export type * from './core/citation-model.js';
