import { expect } from '@open-wc/testing';
import { toCitations } from '../../../src/core/adapters/csl.js';
import { citationText, formatCitation } from '../../../src/source-citation/format/index.js';
import { thrown } from '../thrown.js';

const responseUrl = 'https://example.org/sources/references.json';

async function fixture(name: string): Promise<unknown> {
  const response = await fetch(new URL(`../../fixtures/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`Fixture ${name}: HTTP ${response.status}`);
  return response.json();
}

/** The fields that hold a value (the adapter leaves missing ones `undefined`). */
const defined = (value: object) => JSON.parse(JSON.stringify(value));

describe('toCitations (CSL-JSON)', () => {
  it('reads a Zotero export: types, names, string years in date-parts, container, section, language', async () => {
    const citations = toCitations(await fixture('zotero-export.json'), responseUrl);
    expect(citations.map(defined)).to.deep.equal([
      {
        id: 'http://zotero.org/users/10298668/items/SH797ZU6',
        type: 'article-newspaper',
        title: 'Can We Get Better at Forgetting?',
        containerTitle: 'The New York Times',
        section: 'Health',
        authors: [{ family: 'Carey', given: 'Benedict' }],
        issued: { year: 2019, month: 3, day: 22 },
        accessed: { year: 2026, month: 3, day: 5 },
        url: 'https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html',
        language: 'en-US',
      },
      {
        id: 'http://zotero.org/users/10298668/items/TL3Z9724',
        type: 'book',
        title: 'Behave: the biology of humans at our best and worst',
        publisher: 'Penguin Press',
        publisherPlace: 'New York',
        authors: [{ family: 'Sapolsky', given: 'Robert M.' }],
        issued: { year: 2017 },
      },
      {
        id: 'http://zotero.org/users/10298668/items/7QJ2KX4B',
        type: 'webpage',
        title: 'The top 10 causes of death',
        containerTitle: 'World Health Organization',
        authors: [{ literal: 'World Health Organization' }],
        issued: { year: 2018, month: 5, day: 24 },
        accessed: { year: 2026, month: 3, day: 5 },
        url: 'https://www.who.int/news-room/fact-sheets/detail/the-top-10-causes-of-death',
        language: 'en',
      },
      {
        id: 'http://zotero.org/users/10298668/items/M2V8QFQA',
        type: 'post-weblog',
        title: 'Futurist Shock',
        containerTitle: 'Lingua Franca',
        authors: [{ family: 'Germano', given: 'William' }],
        issued: { year: 2017, month: 2, day: 15 },
        url: 'http://www.chronicle.com/blogs/linguafranca/2017/02/15/futurist-shock/',
      },
    ]);
  });

  it('formats what it reads', async () => {
    const [carey] = toCitations(await fixture('zotero-export.json'), responseUrl);
    expect(citationText(formatCitation(carey, 'apa', 'en'))).to.equal(
      'Carey, B. (2019, March 22). Can We Get Better at Forgetting? The New York Times. https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html',
    );
  });

  it('reads a single Crossref item: particles, a mononym, rich-text title, month-only date, DOI link', async () => {
    const [article] = toCitations(await fixture('crossref-article.json'), responseUrl);
    expect(defined(article)).to.deep.equal({
      // Without an id, the URL identifies the item.
      id: 'https://doi.org/10.1037/xge0000350',
      // Journal articles are formatted like magazine articles (quoted title, italic journal).
      type: 'article-magazine',
      title: 'Nudging and the ego-depletion effect',
      containerTitle: 'Journal of Experimental Psychology: General',
      publisher: 'American Psychological Association (APA)',
      authors: [
        { family: 'van Beethoven', given: 'Ludwig' },
        { family: 'de Tocqueville', given: 'Alexis' },
        { literal: 'Plato' },
      ],
      issued: { year: 2018, month: 1 },
      url: 'https://doi.org/10.1037/xge0000350',
      language: 'en',
    });
  });

  it('reads raw and literal dates, numeric ids, and maps the other CSL types', () => {
    const citations = toCitations(
      [
        { id: 7, type: 'webpage', title: 'Raw', issued: { raw: '2024-02-29' }, accessed: { raw: '2026/3/5' } },
        { id: 'b', type: 'report', title: 'Literal', issued: { literal: 'Spring 2019' } },
        { id: 'c', type: 'thesis', title: 'Bare string date', issued: '2021-06' },
        { id: 'd', type: 'post', title: 'A post', issued: { 'date-parts': [[2020, 13, 1]] } },
        { id: 'e', type: 'dataset', title: 'A dataset', issued: { 'date-parts': [[2020, 2, 30]] } },
        { id: 'f', type: 'article', title: 'A range', issued: { 'date-parts': [[2001, 5], [2003, 1]] } },
      ],
      responseUrl,
    );
    expect(citations.map(({ id, type, issued, accessed }) => defined({ id, type, issued, accessed }))).to.deep.equal([
      { id: '7', type: 'webpage', issued: { year: 2024, month: 2, day: 29 }, accessed: { year: 2026, month: 3, day: 5 } },
      { id: 'b', type: 'report', issued: { year: 2019 } },
      { id: 'c', type: 'report', issued: { year: 2021, month: 6 } },
      // An impossible month or day is dropped, keeping what is valid before it.
      { id: 'd', type: 'post-weblog', issued: { year: 2020 } },
      { id: 'e', type: 'webpage', issued: { year: 2020, month: 2 } },
      { id: 'f', type: 'article-magazine', issued: { year: 2001, month: 5 } },
    ]);
  });

  it('ignores values of the wrong type instead of printing them', () => {
    const [citation] = toCitations(
      {
        type: 'webpage',
        title: 'Typed',
        'container-title': { value: 'x' },
        publisher: ['A', 'B'],
        section: null,
        language: 'not a language tag!',
        author: [{ family: { x: 1 } }, 'Jane Doe', null, { given: 'Ada', family: 'Lovelace' }],
        issued: { 'date-parts': 'yesterday' },
        URL: 42,
      },
      responseUrl,
    );
    expect(defined(citation)).to.deep.equal({
      id: 'item-1',
      type: 'webpage',
      title: 'Typed',
      authors: [{ family: 'Lovelace', given: 'Ada' }],
    });
    for (const style of ['plain', 'apa', 'mla', 'chicago'] as const) {
      expect(citationText(formatCitation(citation, style, 'en'))).not.to.match(/undefined|\[object|null/);
    }
  });

  it('keeps http(s) URLs only, resolving relative ones against the response URL', () => {
    const citations = toCitations(
      [
        { id: 'a', type: 'webpage', title: 'Script', URL: 'javascript:alert(document.domain)' },
        { id: 'b', type: 'webpage', title: 'Data', URL: 'data:text/html,<script>alert(1)</script>' },
        { id: 'c', type: 'webpage', title: 'Relative', URL: '../articles/1' },
        { id: 'd', type: 'webpage', title: 'Tab', URL: 'java\tscript:alert(1)' },
      ],
      responseUrl,
    );
    expect(citations.map((citation) => citation.url)).to.deep.equal([
      undefined,
      undefined,
      'https://example.org/articles/1',
      undefined,
    ]);
    for (const citation of citations) {
      for (const style of ['plain', 'apa', 'mla', 'chicago'] as const) {
        expect(citationText(formatCitation(citation, style, 'en'))).not.to.match(/script:|data:/);
      }
    }
  });

  it('reduces CSL rich text in titles to text, never running it', () => {
    const [citation] = toCitations(
      {
        type: 'webpage',
        title: 'The <i>Bounty</i> <img src=x onerror="window.cslHacked = true">mutiny<script>window.cslHacked = true</script>',
        'container-title': '<b>Naval</b> History',
      },
      responseUrl,
    );
    expect(citation.title).to.equal('The Bounty mutiny');
    expect(citation.containerTitle).to.equal('Naval History');
    expect((window as { cslHacked?: boolean }).cslHacked).to.equal(undefined);
  });

  it('refuses what is not CSL-JSON', () => {
    const notCsl: unknown[] = [
      null,
      'a string',
      42,
      { title: 'No type' },
      { type: 'webpage' },
      { type: 'webpage', title: '   ' },
      // Other formats' JSON: a WordPress post, a JSON Feed, an oEmbed response.
      { id: 1, type: 'post', title: { rendered: 'Hello' } },
      { version: 'https://jsonfeed.org/version/1.1', title: 'Feed', items: [] },
      { version: '1.0', type: 'link', title: 'An oEmbed link' },
      { type: 'constructor', title: 'A prototype key is no type' },
      [{ type: 'book', title: 'Fine' }, { type: 'book' }],
    ];
    for (const body of notCsl) {
      const error = thrown(() => toCitations(body, responseUrl));
      expect(error.code, JSON.stringify(body)).to.equal('unsupported');
      expect(error.url).to.equal(responseUrl);
    }
    expect(thrown(() => toCitations([], responseUrl)).code).to.equal('not-found');
  });
});
