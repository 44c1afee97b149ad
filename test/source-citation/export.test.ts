import { expect } from '@open-wc/testing';
import { isLiteralName, type Citation, type DateParts } from '../../src/core/citation-model.js';
import { toCitations } from '../../src/core/adapters/csl.js';
import { toBibTeX } from '../../src/source-citation/export/bibtex.js';
import { toCslJson } from '../../src/source-citation/export/csl-json.js';
import { toRIS } from '../../src/source-citation/export/ris.js';
import { parseBibTeX, parseRIS, readAuthors, unescapeLatex, values, type BibEntry, type RisRecord } from './readers.js';
import * as sources from './cited-sources.js';

const defined = (value: object) => JSON.parse(JSON.stringify(value));

/** Every LaTeX special character, and braces that would unbalance a field. */
const hostile: Citation = {
  id: 'hostile',
  type: 'webpage',
  title: 'Costs & benefits: 50% of R_D {budget} for $5 #1 ~ ^ \\ end',
  containerTitle: 'Q&A {site}',
  authors: [{ literal: 'Smith & Wesson Co' }, { family: 'O’Brien_', given: 'Ann {x}' }],
  issued: { year: 2024, month: 2 },
  url: 'https://example.com/search?q={a}&b=%20\\x',
  language: 'en',
};

const multiline: Citation = {
  id: 'multiline',
  type: 'book',
  title: 'A title\r\nthat spans\nlines',
  authors: [{ literal: 'Line\nBreak Press' }],
};

const library: Citation[] = [
  sources.bbc,
  sources.apaCarey,
  sources.apaSapolsky,
  sources.apaBaral,
  sources.apaKlymkowsky,
  sources.apaBustillos,
  sources.apaWho,
  sources.chicagoGrazer,
  hostile,
  { ...sources.apaCarey, id: 'carey-again' },
  { ...sources.apaCarey, id: 'carey-third' },
];

const isoDate = (date: DateParts | undefined) =>
  date && [date.year, date.month, date.day].filter(Boolean).map((part, index) => String(part).padStart(index ? 2 : 4, '0')).join('-');

describe('toBibTeX', () => {
  let text: string;
  let entries: BibEntry[];
  before(() => {
    text = toBibTeX(library);
    entries = parseBibTeX(text);
  });

  it('writes one entry per citation, typed for biblatex', () => {
    expect(entries.map((entry) => entry.type)).to.deep.equal([
      'article', 'article', 'book', 'report', 'online', 'article', 'online', 'book', 'online', 'article', 'article',
    ]);
  });

  it('makes readable, unique keys', () => {
    expect(entries.map((entry) => entry.key)).to.deep.equal([
      'bbc2025chinese',
      'carey2019get',
      'sapolsky2017behave',
      'baral2019money',
      'klymkowsky2018talk',
      'bustillos2013video',
      'world2018top',
      'grazer2015curious',
      'smith2024costs',
      'carey2019getb',
      'carey2019getc',
    ]);
    const [arabic, accented, nothing] = parseBibTeX(
      toBibTeX([
        { id: 'ar', authors: [{ family: 'الخطيب', given: 'محمد' }], title: 'نماذج مفتوحة', issued: { year: 2024 } },
        { id: 'de', authors: [{ family: 'Müller', given: 'Jürgen' }], title: 'Über Ärzte', issued: { year: 1999 } },
        { id: 'none', authors: [] },
      ]),
    );
    expect([arabic.key, accented.key, nothing.key]).to.deep.equal(['2024', 'muller1999uber', 'ref']);
  });

  it('reads back the same data (round trip through a BibTeX reader)', () => {
    library.forEach((citation, index) => {
      const { type, fields } = entries[index];
      const container = { article: 'journaltitle', online: 'organization', report: 'institution', book: 'publisher' }[type]!;
      const expectedContainer =
        type === 'book' || type === 'report' ? citation.publisher ?? citation.containerTitle : citation.containerTitle ?? citation.publisher;
      expect(unescapeLatex(fields.title), citation.id).to.equal(citation.title);
      expect(fields[container] && unescapeLatex(fields[container]), citation.id).to.equal(expectedContainer);
      expect(fields.author ? readAuthors(fields.author) : [], citation.id).to.deep.equal(citation.authors);
      expect(fields.date, citation.id).to.equal(isoDate(citation.issued));
      expect(fields.urldate, citation.id).to.equal(isoDate(citation.accessed));
      expect(fields.language, citation.id).to.equal(citation.language);
      expect(fields.location && unescapeLatex(fields.location), citation.id).to.equal(citation.publisherPlace);
    });
  });

  it('escapes LaTeX’s special characters and keeps URLs verbatim, with braces encoded', () => {
    const entry = text.slice(text.indexOf('@online{smith2024costs'));
    expect(entry).to.contain('title = {Costs \\& benefits: 50\\% of R\\_D \\{budget\\} for \\$5 \\#1 \\textasciitilde{} \\textasciicircum{} \\textbackslash{} end}');
    expect(entry).to.contain('author = {{Smith \\& Wesson Co} and O’Brien\\_, Ann \\{x\\}}');
    expect(entry).to.contain('url = {https://example.com/search?q=%7Ba%7D&b=%20%5Cx}');
  });
});


describe('toRIS', () => {
  let text: string;
  let records: RisRecord[];
  before(() => {
    text = toRIS([...library, multiline]);
    records = parseRIS(text);
  });

  it('writes one record per citation, with the RIS type of each', () => {
    expect(records.map((record) => values(record, 'TY')[0])).to.deep.equal([
      'NEWS', 'NEWS', 'BOOK', 'RPRT', 'BLOG', 'MGZN', 'ELEC', 'BOOK', 'ELEC', 'NEWS', 'NEWS', 'BOOK',
    ]);
    expect(text.startsWith('TY  - NEWS\r\n')).to.equal(true);
    expect(text).to.contain('ER  - \r\n');
  });

  it('reads back the same data (round trip through an RIS reader)', () => {
    library.forEach((citation, index) => {
      const record = records[index];
      const authors = citation.authors.map((name) =>
        isLiteralName(name) ? name.literal : name.given ? `${name.family}, ${name.given}` : name.family,
      );
      expect(values(record, 'AU'), citation.id).to.deep.equal(authors);
      expect(values(record, 'TI'), citation.id).to.deep.equal([citation.title]);
      expect(values(record, 'T2'), citation.id).to.deep.equal(citation.containerTitle ? [citation.containerTitle] : []);
      expect(values(record, 'PB'), citation.id).to.deep.equal(citation.publisher ? [citation.publisher] : []);
      expect(values(record, 'UR'), citation.id).to.deep.equal(citation.url ? [citation.url] : []);
      expect(values(record, 'PY'), citation.id).to.deep.equal(citation.issued ? [String(citation.issued.year)] : []);
      expect(values(record, 'LA'), citation.id).to.deep.equal(citation.language ? [citation.language] : []);
    });
  });

  it('writes dates as YYYY/MM/DD/, leaving out what the source does not state', () => {
    const [bbc] = records;
    expect(values(bbc, 'DA')).to.deep.equal(['2025/11/05/']);
    expect(values(bbc, 'Y2')).to.deep.equal(['2026/03/05/']);
    expect(values(bbc, 'SE')).to.deep.equal(['Technology']);
    expect(values(records[8], 'DA'), 'year and month').to.deep.equal(['2024/02//']);
    expect(values(records[2], 'DA'), 'a year alone is PY only').to.deep.equal([]);
    expect(values(records[7], 'CY')).to.deep.equal(['New York']);
  });

  it('keeps each value on its line', () => {
    const record = records[records.length - 1];
    expect(values(record, 'TI')).to.deep.equal(['A title that spans lines']);
    expect(values(record, 'AU')).to.deep.equal(['Line Break Press']);
  });
});

describe('toCslJson', () => {
  it('writes valid CSL-JSON with date-parts', () => {
    const [item] = JSON.parse(toCslJson([sources.bbc]));
    expect(item).to.deep.equal({
      id: 'bbc',
      type: 'article-newspaper',
      title: 'Are Chinese open-source AI models winning?',
      'container-title': 'BBC News',
      section: 'Technology',
      issued: { 'date-parts': [[2025, 11, 5]] },
      accessed: { 'date-parts': [[2026, 3, 5]] },
      URL: 'https://www.bbc.com/news/articles/c86v52gv726o?at_medium=RSS&at_campaign=rss',
      language: 'en',
    });
    expect(JSON.parse(toCslJson([sources.apaSapolsky]))[0]).to.deep.include({
      author: [{ family: 'Sapolsky', given: 'Robert M.' }],
      issued: { 'date-parts': [[2017]] },
    });
  });

  it('reads back into the same citations through the CSL-JSON adapter', () => {
    const untyped: Citation = { id: 'untyped', title: 'No type given', authors: [], label: 'Page link text' };
    const roundTrip = toCitations(JSON.parse(toCslJson([...library, untyped])), 'https://example.org/');
    expect(roundTrip.map(defined)).to.deep.equal(
      [...library, { id: 'untyped', type: 'webpage', title: 'No type given', authors: [] }].map(defined),
    );
  });
});

describe('exports keep every value in its field, whatever line break it holds', () => {
  /** Every character some reader ends a line at. */
  const BREAKS = { CRLF: '\r\n', LF: '\n', CR: '\r', VT: '\v', FF: '\f', NEL: '\u0085', LS: '\u2028', PS: '\u2029' };
  const ANY_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/;

  /** A source whose every text field tries to start a field, and an entry, of its own. */
  const injected = (name: string, br: string): Citation => ({
    id: `injected-${name}`,
    type: 'book',
    title: `Title${br}TY  - JOUR${br}@misc{evil, title = {x}}`,
    containerTitle: `Site${br}ER  - `,
    section: `Section${br}AU  - Mallory`,
    publisher: `Press${br}  note = {injected},`,
    publisherPlace: `City${br}UR  - https://evil.example/`,
    authors: [{ literal: `Org${br}A1  - Eve` }, { family: `Family${br}@online{x,`, given: `Given${br}KW  - k` }],
    issued: { year: 2024 },
    language: `en${br}LA  - xx`,
  });

  for (const [name, br] of Object.entries(BREAKS)) {
    it(`RIS: ${name} starts no tag line`, () => {
      const text = toRIS([injected(name, br), sources.bbc]);
      const lines = text.split(ANY_BREAK);
      expect(lines.filter((line) => line !== '' && !/^[A-Z][A-Z0-9]  - /.test(line)), 'untagged lines').to.deep.equal([]);
      const records = parseRIS(text);
      expect(records).to.have.length(2);
      expect(values(records[0], 'TY')).to.deep.equal(['BOOK']);
      expect(values(records[0], 'TI')).to.deep.equal(['Title TY  - JOUR @misc{evil, title = {x}}']);
      expect(values(records[0], 'ER')).to.deep.equal(['']);
      expect(values(records[0], 'AU')).to.deep.equal(['Org A1  - Eve', 'Family @online{x,, Given KW  - k']);
      expect(values(records[0], 'UR')).to.deep.equal([]);
    });

    it(`BibTeX: ${name} starts no field or entry line`, () => {
      const text = toBibTeX([injected(name, br), sources.bbc]);
      const lines = text.split(ANY_BREAK);
      expect(lines.filter((line) => line.startsWith('@')), 'entry lines').to.have.length(2);
      expect(lines.filter((line) => /^\s*\w+ = /.test(line)).length, 'field lines').to.equal(
        lines.filter((line) => line.startsWith('  ')).length,
      );
      const [entry, bbc] = parseBibTeX(text);
      expect(Object.keys(entry.fields)).to.deep.equal(['author', 'title', 'publisher', 'location', 'date', 'language']);
      expect(unescapeLatex(entry.fields.title)).to.equal('Title TY  - JOUR @misc{evil, title = {x}}');
      expect(entry.fields.language).to.equal('en LA  - xx');
      expect(bbc.key).to.equal('bbc2025chinese');
    });

    it(`CSL-JSON: ${name} stays inside its string, and reads back the same`, () => {
      const citation = injected(name, br);
      const text = toCslJson([citation]);
      for (const line of text.split(ANY_BREAK)) {
        expect(line, 'every line is JSON structure').to.match(/^\s*(?:[[\]{}],?|"[\w-]+": .*|"[^"]*",?|\d+,?)$/);
      }
      expect(JSON.parse(text)[0].title).to.equal(citation.title);
    });
  }
});
