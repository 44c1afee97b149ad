import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CitationFormatter } from '../../src/source-citation/format/index.js';
import type { SourceCitationElement } from '../../src/source-citation/source-citation.js';
import { resetCore } from '../helpers.js';
import { BBC_URL, all, citeTexts, formatted, ready } from './support.js';

const STYLES = ['plain', 'apa', 'mla', 'chicago'] as const;

/** Every `href`/`src` in the shadow root. */
const urls = (el: SourceCitationElement) =>
  all(el, '[href], [src]').map((node) => node.getAttribute('href') ?? node.getAttribute('src'));

describe('<source-citation> bad input', () => {
  beforeEach(resetCore);

  it('javascript:, data: and vbscript: addresses are listed as text, never linked', async () => {
    const el = await fixture<SourceCitationElement>(html`<source-citation loading="eager">
      <a href="javascript:alert(1)">Script link</a>
      <a href="data:text/html,<script>alert(1)</script>" data-publisher="Data Site">Data link</a>
      <a href=${'java\tscript:alert(1)'}>Tabbed script link</a>
      <a href="VBScript:msgbox(1)">VB link</a>
      <a href=${BBC_URL}>BBC</a>
    </source-citation>`);
    const citations = await ready(el);
    expect(citations.map((citation) => citation.url)).to.deep.equal([undefined, undefined, undefined, undefined, BBC_URL]);
    expect(citations.map((citation) => citation.id)).to.deep.equal(['source-1', 'source-2', 'source-3', 'source-4', BBC_URL]);
    expect(citeTexts(el)).to.deep.equal(['Script link', 'Data link', 'Tabbed script link', 'VB link', `BBC: ${BBC_URL}`]);
    expect(urls(el)).to.deep.equal([BBC_URL]);
  });

  it('the same from attributes', async () => {
    const el = await fixture<SourceCitationElement>(html`<source-citation loading="eager" href="javascript:alert(1)"
      headline="Click me" publisher="Evil"></source-citation>`);
    const [citation] = await ready(el);
    expect(citation.url).to.equal(undefined);
    expect(citeTexts(el)).to.deep.equal(['Evil']);
    expect(urls(el)).to.deep.equal([]);
  });

  for (const style of STYLES) {
    it(`${style}: missing fields are left out, with their punctuation (no "undefined", no empty parentheses)`, async () => {
      const el = await fixture<SourceCitationElement>(html`<source-citation loading="eager" citation-style=${style}>
        <a href=${BBC_URL}></a>
        <a href=${BBC_URL} data-section="Technology">   </a>
        <a href="https://example.com/only-a-title" data-headline="Only a title" data-published="yesterday"></a>
        <a href="https://example.com/only-an-author" data-author="Zoe Kleinman" data-accessed="2026-02-30"></a>
        <a href="#" data-publisher="No address"></a>
      </source-citation>`);
      const citations = await ready(el);
      await waitUntil(() => citeTexts(el).join() === formatted(citations, style).join(), `${style} shown`);
      for (const text of citeTexts(el)) {
        expect(text).to.not.match(/undefined|null|NaN|Invalid|\(\s*\)|\(\)|\.\s*\.|,\s*[,.]|^\s*[.,:]/);
      }
      expect(citeTexts(el)[0]).to.equal(BBC_URL);
      expect(citations[2].issued, 'an invalid date is left out').to.equal(undefined);
      expect(citations[3].accessed, 'an impossible day keeps its year and month').to.deep.equal({ year: 2026, month: 2 });
    });
  }

  it('markup in attributes and in a custom formatter’s output is shown as text', async () => {
    const markup: CitationFormatter = (citation) => [{ text: `<b>${citation.title}</b>` }, { text: '<script>alert(1)</script>', role: 'title' }];
    const el = await fixture<SourceCitationElement>(html`<source-citation loading="eager" href=${BBC_URL}
      headline="<img src=x onerror=alert(1)>Title" publisher="<svg onload=alert(1)>"></source-citation>`);
    await ready(el);
    expect(citeTexts(el)).to.deep.equal([`<svg onload=alert(1)>: ${BBC_URL}`]);
    el.formatter = markup;
    await waitUntil(() => citeTexts(el)[0]!.startsWith('<b>'), 'the custom formatter is used');
    expect(citeTexts(el)).to.deep.equal(['<b><img src=x onerror=alert(1)>Title</b><script>alert(1)</script>']);
    expect(el.shadowRoot!.querySelector('b, img, svg, script')).to.equal(null);
  });

  it('a dangling or empty citation-style attribute formats as plain', async () => {
    const el = await fixture<SourceCitationElement>(html`<source-citation loading="eager" citation-style="" href=${BBC_URL}
      publisher="BBC News" section="Technology"></source-citation>`);
    await ready(el);
    expect(citeTexts(el)).to.deep.equal([`BBC News (Technology): ${BBC_URL}`]);
  });
});
