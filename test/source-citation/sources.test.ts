import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Citation } from '../../src/core/citation-model.js';
import type { PostEmbedsError } from '../../src/shared/errors.js';
import { formatCitation, type CitationFormatter } from '../../src/source-citation/format/index.js';
import type { SourceCitationElement } from '../../src/source-citation/source-citation.js';
import { api, part, partText, reach, recordEvents, requestCount, resetCore, resetRequestLog } from '../helpers.js';
import { BBC_PLAIN, BBC_URL, FLORIN_EN, ZOTERO_CSL, all, citeTexts, defined, formatted, ready } from './support.js';

describe('<source-citation> sources', () => {
  beforeEach(async () => {
    resetCore();
    await resetRequestLog();
  });

  describe('from light-DOM links', () => {
    it('renders the seed page’s source exactly as its "Sources" line: "BBC News (Technology): URL"', async () => {
      const el = await fixture<SourceCitationElement>(html`<source-citation loading="eager">
        <a href=${BBC_URL} data-publisher="BBC News" data-section="Technology">BBC News (Technology)</a>
      </source-citation>`);
      const [bbc] = await ready(el);
      expect(defined(bbc)).to.deep.equal({
        id: BBC_URL,
        containerTitle: 'BBC News',
        section: 'Technology',
        authors: [],
        url: BBC_URL,
        label: 'BBC News (Technology)',
      });
      expect(citeTexts(el)).to.deep.equal([BBC_PLAIN]);
      expect(partText(el, 'heading')).to.equal('Sources');
      const cite = part(el, 'citation')!;
      expect(cite.localName).to.equal('cite');
      expect(cite.closest('li')!.getAttribute('part')).to.equal('item');
      expect(cite.closest('ul')!.getAttribute('part')).to.equal('list');
      const link = part<HTMLAnchorElement>(el, 'link')!;
      expect(link.href).to.equal(BBC_URL);
      expect(link.textContent).to.equal(BBC_URL);
      expect(link.rel).to.equal('noreferrer');
      expect(cite.querySelector('bdi')!.textContent).to.equal('BBC News (Technology)');
    });

    it('reads every data-* field, one source per link, in document order (nested links too)', async () => {
      const el = await fixture<SourceCitationElement>(html`<source-citation loading="eager">
        <a href=${FLORIN_EN} data-headline="Are Chinese open-source AI models ‘winning’?" data-publisher="Florin.blog"
          data-author="Ada Lovelace; BBC News" data-published="2025-12-03T07:40:00+00:00" data-accessed="2026-03-05"
          data-type="post-weblog" hreflang="en">Florin.blog</a>
        <ul>
          <li><a href="/relative/page">A relative link</a></li>
        </ul>
      </source-citation>`);
      const [florin, relative] = await ready(el);
      expect(defined(florin)).to.deep.equal({
        id: FLORIN_EN,
        type: 'post-weblog',
        title: 'Are Chinese open-source AI models ‘winning’?',
        containerTitle: 'Florin.blog',
        authors: [{ family: 'Lovelace', given: 'Ada' }, { literal: 'BBC News' }],
        issued: { year: 2025, month: 12, day: 3 },
        accessed: { year: 2026, month: 3, day: 5 },
        url: FLORIN_EN,
        language: 'en',
        label: 'Florin.blog',
      });
      expect(relative.url).to.equal(new URL('/relative/page', document.baseURI).href);
      expect(citeTexts(el)).to.deep.equal(formatted([florin, relative], 'plain'));
    });

    it('follows the links as they are added, edited and removed', async () => {
      const el = await fixture<SourceCitationElement>(html`<source-citation loading="eager">
        <a href=${BBC_URL} data-publisher="BBC News" data-section="Technology">BBC News (Technology)</a>
      </source-citation>`);
      await ready(el);
      const added = document.createElement('a');
      added.href = FLORIN_EN;
      added.textContent = 'Florin.blog';
      el.append(added);
      await waitUntil(() => citeTexts(el).length === 2, 'the added link is listed');
      expect(citeTexts(el)[1]).to.equal(`Florin.blog: ${FLORIN_EN}`);
      added.firstChild!.textContent = 'Florin';
      await waitUntil(() => citeTexts(el)[1] === `Florin: ${FLORIN_EN}`, 'the edited text is shown');
      added.dataset.publisher = 'Florin.blog';
      added.textContent = FLORIN_EN;
      await waitUntil(() => citeTexts(el)[1] === `Florin.blog: ${FLORIN_EN}`, 'a data-* change is read');
      el.querySelector('a')!.remove();
      await waitUntil(() => citeTexts(el).length === 1, 'the removed link is gone');
      expect(citeTexts(el)).to.deep.equal([`Florin.blog: ${FLORIN_EN}`]);
    });

    it('leaves the links of a slotted heading out of the list, and shows that heading instead', async () => {
      const el = await fixture<SourceCitationElement>(html`<source-citation loading="eager">
        <h3 slot="heading"><a href="#sources">Our sources</a></h3>
        <a href=${BBC_URL}>BBC</a>
      </source-citation>`);
      const citations = await ready(el);
      expect(citations.map((citation) => citation.label)).to.deep.equal(['BBC']);
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="heading"]')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Our sources');
    });
  });

  describe('from attributes', () => {
    it('one source from href, headline, publisher, section, author, published and accessed', async () => {
      const el = await fixture<SourceCitationElement>(html`<source-citation
        loading="eager"
        href=${BBC_URL}
        headline="US companies turn to Chinese open-source AI to cut costs"
        publisher="BBC News"
        section="Technology"
        author="Zoe Kleinman"
        published="2025-12-01"
        accessed="2026-03-05"
        citation-style="apa"
      ><a href=${BBC_URL}>BBC News (Technology)</a></source-citation>`);
      const citations = await ready(el);
      expect(citations).to.have.length(1);
      expect(defined(citations[0])).to.deep.equal({
        id: BBC_URL,
        title: 'US companies turn to Chinese open-source AI to cut costs',
        containerTitle: 'BBC News',
        section: 'Technology',
        authors: [{ family: 'Kleinman', given: 'Zoe' }],
        issued: { year: 2025, month: 12, day: 1 },
        accessed: { year: 2026, month: 3, day: 5 },
        url: BBC_URL,
      });
      expect(citeTexts(el)).to.deep.equal([
        `Kleinman, Z. (2025, December 1). US companies turn to Chinese open-source AI to cut costs. BBC News. ${BBC_URL}`,
      ]);
    });

    it('follows attribute changes', async () => {
      const el = await fixture<SourceCitationElement>(html`<source-citation loading="eager" href=${BBC_URL} publisher="BBC News"></source-citation>`);
      await ready(el);
      el.setAttribute('section', 'Technology');
      await waitUntil(() => citeTexts(el)[0] === BBC_PLAIN, 'the section is shown');
    });
  });

  describe('citation styles', () => {
    const LINKS = html`
      <a href=${BBC_URL} data-headline="US companies turn to Chinese open-source AI to cut costs" data-publisher="BBC News"
        data-section="Technology" data-published="2025-12-01" data-accessed="2026-03-05" data-type="article-newspaper"
        >BBC News (Technology)</a>
      <a href=${FLORIN_EN} data-headline="Are Chinese open-source AI models ‘winning’ by being cheap and deployable?"
        data-publisher="Florin.blog" data-author="Admin" data-published="2025-12-03" data-type="post-weblog">Florin.blog</a>
      <a href="https://www.who.int/news-room/fact-sheets/detail/the-top-10-causes-of-death" data-headline="The top 10 causes of death"
        data-publisher="World Health Organization" data-author="World Health Organization" data-published="2018-05-24">WHO</a>
    `;

    for (const style of ['plain', 'apa', 'mla', 'chicago'] as const) {
      it(`${style}: each <cite> shows the formatter's text, with its italics, isolated data and the link`, async () => {
        const el = await fixture<SourceCitationElement>(html`<source-citation loading="eager" citation-style=${style}>${LINKS}</source-citation>`);
        const citations = await ready(el);
        expect(citeTexts(el)).to.deep.equal(formatted(citations, style));
        all(el, '[part~="citation"]').forEach((cite, index) => {
          const segments = formatCitation(citations[index], style, 'en');
          expect([...cite.querySelectorAll('i')].map((i) => i.textContent), `italics of ${index}`).to.deep.equal(
            segments.filter((segment) => segment.italic).map((segment) => segment.text),
          );
          const isolated = segments.filter((segment) => segment.role && segment.role !== 'date' && segment.role !== 'url');
          expect([...cite.querySelectorAll('bdi')].map((bdi) => bdi.textContent), `isolated data of ${index}`).to.deep.equal(
            isolated.map((segment) => segment.text),
          );
          const link = cite.querySelector<HTMLAnchorElement>('a[part~="link"]')!;
          expect(link.href, `link of ${index}`).to.equal(citations[index].url);
          expect(link.textContent).to.equal(segments.find((segment) => segment.role === 'url')!.text);
        });
      });
    }

    it('switching citation-style re-renders live, without loading the sources again', async () => {
      const el = await fixture<SourceCitationElement>(html`<source-citation loading="eager">${LINKS}</source-citation>`);
      const citations = await ready(el);
      const seen = recordEvents(el);
      for (const style of ['apa', 'mla', 'chicago', 'plain'] as const) {
        el.setAttribute('citation-style', style);
        await waitUntil(() => citeTexts(el)[1] === formatted(citations, style)[1], `${style} shown`);
        expect(citeTexts(el)).to.deep.equal(formatted(citations, style));
      }
      expect(seen).to.deep.equal([]);
      expect(el.data).to.equal(citations);
    });

    it('an unknown style formats as plain', async () => {
      const el = await fixture<SourceCitationElement>(html`<source-citation loading="eager" citation-style="harvard">${LINKS}</source-citation>`);
      const citations = await ready(el);
      expect(citeTexts(el)).to.deep.equal(formatted(citations, 'plain'));
    });

    it('a custom formatter gets the citation, the style and the block’s language', async () => {
      const calls: string[] = [];
      const upperCase: CitationFormatter = (citation, style, locale) => {
        calls.push(`${style} ${locale}`);
        return [{ text: `${style.toUpperCase()}: ` }, { text: citation.label ?? '', role: 'title' }, { text: ' ' }, { text: citation.url!, role: 'url' }];
      };
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr">
        <source-citation loading="eager" citation-style="mla" .formatter=${upperCase}>
          <a href=${BBC_URL}>BBC</a>
        </source-citation>
      </div>`);
      const el = wrapper.querySelector('source-citation')!;
      await ready(el);
      expect(citeTexts(el)).to.deep.equal([`MLA: BBC ${BBC_URL}`]);
      expect(calls).to.include('mla fr');
      expect(part<HTMLAnchorElement>(el, 'link')!.href).to.equal(BBC_URL);
      expect(part(el, 'citation')!.querySelector('bdi')!.textContent).to.equal('BBC');
    });
  });

  describe('from a CSL-JSON src', () => {
    it('renders every item of a Zotero export', async () => {
      const el = await fixture<SourceCitationElement>(html`<source-citation src=${ZOTERO_CSL} loading="eager" citation-style="apa"></source-citation>`);
      const citations = await ready(el);
      const items = (await (await fetch(ZOTERO_CSL)).json()) as unknown[];
      expect(citations).to.have.length(items.length);
      expect(citeTexts(el)).to.deep.equal(formatted(citations, 'apa'));
      expect(citeTexts(el)[0]).to.equal(
        'Carey, B. (2019, March 22). Can We Get Better at Forgetting? The New York Times. https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html',
      );
    });

    it('a body that is not CSL-JSON: a clear error state, with the links shown again', async () => {
      const el = await fixture<SourceCitationElement>(html`<source-citation src=${api('feed.json')} loading="eager">
        <a href=${BBC_URL}>BBC News (Technology)</a>
      </source-citation>`);
      const event = (await oneEvent(el, 'error')) as CustomEvent<{ error: PostEmbedsError }>;
      await reach(el, 'error');
      expect(event.detail.error.code).to.equal('unsupported');
      expect(event.detail.error.message).to.contain('CSL');
      expect(el.matches(':state(error)')).to.equal(true);
      // Reading the same body again cannot help: no "Try again". The fallback sits in the error box.
      expect(partText(el, 'error')).to.equal('The response could not be read.');
      expect(part(el, 'retry')).to.equal(null);
      const slot = part(el, 'error')!.querySelector<HTMLSlotElement>('slot:not([name])')!;
      expect(slot.assignedElements()[0].textContent).to.equal('BBC News (Technology)');
    });

    it('a missing src: an http error', async () => {
      const el = await fixture<SourceCitationElement>(html`<source-citation src=${api('sources/none.json')} loading="eager"></source-citation>`);
      await reach(el, 'error');
      expect(el.error!.code).to.equal('http');
      expect(el.error!.status).to.equal(404);
    });
  });

  describe('life cycle', () => {
    it('fires loadstart, load and loadend, with the citations in load’s detail', async () => {
      const el = document.createElement('source-citation');
      const seen = recordEvents(el);
      el.loading = 'eager';
      el.innerHTML = `<a href="${BBC_URL}">BBC</a>`;
      const loaded = oneEvent(el, 'load');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      const event = (await loaded) as CustomEvent<{ data: Citation[] }>;
      await waitUntil(() => seen.length === 3);
      expect(seen).to.deep.equal(['loadstart', 'load', 'loadend']);
      expect(event.detail.data[0].label).to.equal('BBC');
      expect(el.matches(':state(ready)')).to.equal(true);
    });

    it('renders .data without any request', async () => {
      const el = await fixture<SourceCitationElement>(html`<source-citation citation-style="chicago"></source-citation>`);
      const bbc: Citation = { id: 'bbc', title: 'Set by a framework', containerTitle: 'BBC News', authors: [], url: BBC_URL };
      el.data = [bbc];
      await waitUntil(() => citeTexts(el)[0] === formatted([bbc], 'chicago')[0], 'the Chicago entry is shown');
      expect(await requestCount('/api/')).to.equal(0);
    });

    it('with nothing to cite, shows its light DOM and stays idle', async () => {
      const el = await fixture<SourceCitationElement>(html`<source-citation loading="eager"><p>No sources.</p></source-citation>`);
      await aTimeout(50);
      expect(el.state).to.equal('idle');
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0].textContent).to.equal('No sources.');
    });

    it('lazy: formats and fetches nothing far below the fold until scrolled near', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <div style="block-size: 5000px"></div>
        <source-citation endpoint=${api('')}><a href=${BBC_URL}>BBC</a></source-citation>
      </div>`);
      const el = wrapper.querySelector('source-citation')!;
      await aTimeout(300);
      expect(el.state).to.equal('idle');
      expect(await requestCount('/api/meta')).to.equal(0);
      el.scrollIntoView();
      await reach(el, 'ready');
      expect(await requestCount('/api/meta')).to.equal(1);
      window.scrollTo(0, 0);
    });
  });
});
