/**
 * Citations as an RIS file (the Research Information Systems tagged format read by Zotero, EndNote,
 * Mendeley and RefWorks).
 *
 * Each line is `TAG  - value`, lines end in CRLF as the specification requires, and each record ends
 * with `ER  - ` followed by a blank line. Types: ELEC (webpage), NEWS, MGZN, BLOG, RPRT, BOOK. Dates
 * are `YYYY/MM/DD/` with empty parts for what the source does not state; `PY` holds the year alone.
 */
import { isLiteralName, type Citation, type CitationType, type DateParts } from '../../core/citation-model.js';
import { oneLine } from './one-line.js';

const RECORD_TYPES: Record<CitationType, string> = {
  webpage: 'ELEC',
  'article-newspaper': 'NEWS',
  'article-magazine': 'MGZN',
  'post-weblog': 'BLOG',
  report: 'RPRT',
  book: 'BOOK',
};

const CRLF = '\r\n';

function risDate(date: DateParts): string {
  const pad = (value: number | undefined) => (value === undefined ? '' : String(value).padStart(2, '0'));
  return `${String(date.year).padStart(4, '0')}/${pad(date.month)}/${pad(date.month && date.day)}/`;
}

function record(citation: Citation): string {
  const lines: [string, string | undefined][] = [
    ['TY', RECORD_TYPES[citation.type ?? 'webpage']],
    ...citation.authors.map((name): [string, string] => [
      'AU',
      isLiteralName(name) ? name.literal : name.given ? `${name.family}, ${name.given}` : name.family,
    ]),
    ['TI', citation.title],
    ['T2', citation.containerTitle],
    ['SE', citation.section],
    ['PB', citation.publisher],
    ['CY', citation.publisherPlace],
    ['PY', citation.issued && String(citation.issued.year)],
    ['DA', citation.issued?.month ? risDate(citation.issued) : undefined],
    ['UR', citation.url],
    ['Y2', citation.accessed && risDate(citation.accessed)],
    ['LA', citation.language],
    ['ER', ''],
  ];
  return lines
    .filter((line): line is [string, string] => line[1] !== undefined)
    // A value is one line: any line break inside it would start a bogus tag.
    .map(([tag, value]) => `${tag}  - ${oneLine(value)}${CRLF}`)
    .join('');
}

/** An `.ris` file of `citations`, in order. */
export function toRIS(citations: readonly Citation[]): string {
  return citations.map((citation) => record(citation) + CRLF).join('');
}
