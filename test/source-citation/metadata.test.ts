import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configure } from '../../src/core/config.js';
import type { SourceCitationElement } from '../../src/source-citation/source-citation.js';
import { metadataUrl } from '../../src/core/endpoints.js';
import { api, reach, requestCount, resetCore, resetRequestLog } from '../helpers.js';
import { BBC_PLAIN, BBC_URL, FLORIN_EN, all, citeTexts, defined, formatted, ready } from './support.js';

const BBC_LINK = html`<a href=${BBC_URL} data-publisher="BBC News" data-section="Technology">BBC News (Technology)</a>`;

describe('<source-citation> filled from page metadata', () => {
  beforeEach(async () => {
    resetCore();
    await resetRequestLog();
  });

  it('fills what the page left out, keeps what it states, and asks once per source', async () => {
    const el = await fixture<SourceCitationElement>(html`<source-citation endpoint=${api('')} loading="eager" citation-style="apa">
      ${BBC_LINK}
    </source-citation>`);
    const [bbc] = await ready(el);
    expect(defined(bbc)).to.deep.equal({
      id: BBC_URL,
      type: 'article-newspaper',
      title: 'US companies turn to Chinese open-source AI to cut costs',
      containerTitle: 'BBC News',
      section: 'Technology',
      authors: [{ literal: 'BBC News' }],
      issued: { year: 2025, month: 12, day: 1 },
      // The page's own link (with its campaign parameters) wins over the canonical URL.
      url: BBC_URL,
      language: 'en-GB',
      label: 'BBC News (Technology)',
    });
    expect(citeTexts(el)).to.deep.equal(formatted([bbc], 'apa'));
    expect(await requestCount('/api/meta')).to.equal(1);
    el.setAttribute('citation-style', 'plain');
    await waitUntil(() => citeTexts(el)[0] === BBC_PLAIN, 'the page’s own label is the plain citation');
  });

  it('maps endpoint to the metadata route: a proxy root, its /oembed route, or /meta itself', () => {
    const href = 'https://example.com/a?b=1';
    const query = `url=${encodeURIComponent(href)}`;
    expect(metadataUrl('https://proxy.example', href)).to.equal(`https://proxy.example/meta?${query}`);
    expect(metadataUrl('https://proxy.example/base/', href)).to.equal(`https://proxy.example/base/meta?${query}`);
    expect(metadataUrl('https://example.com/proxy/oembed', href)).to.equal(`https://example.com/proxy/meta?${query}`);
    expect(metadataUrl('https://example.com/proxy/meta?key=k', href)).to.equal(`https://example.com/proxy/meta?key=k&${query}`);
  });

  it('uses the page’s oEmbed endpoint (configure or <meta>) when the element has none', async () => {
    configure({ oembedEndpoint: api('oembed') });
    const el = await fixture<SourceCitationElement>(html`<source-citation loading="eager">${BBC_LINK}</source-citation>`);
    const [bbc] = await ready(el);
    expect(bbc.title).to.equal('US companies turn to Chinese open-source AI to cut costs');
    expect(await requestCount('/api/meta?url=')).to.equal(1);
  });

  it('does not ask /meta of a page oEmbed endpoint on another origin (a provider has none): no 404 noise', async () => {
    const elsewhere = new URL(api('oembed'));
    elsewhere.hostname = elsewhere.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    configure({ oembedEndpoint: elsewhere.href });
    const el = await fixture<SourceCitationElement>(html`<source-citation loading="eager">${BBC_LINK}</source-citation>`);
    const [bbc] = await ready(el);
    expect(bbc.title).to.equal(undefined);
    expect(await requestCount('/api/meta')).to.equal(0);
  });

  it('makes no request without an endpoint', async () => {
    const el = await fixture<SourceCitationElement>(html`<source-citation loading="eager">${BBC_LINK}</source-citation>`);
    const [bbc] = await ready(el);
    expect(bbc.title).to.equal(undefined);
    expect(await requestCount('/api/')).to.equal(0);
  });

  it('one request per source however many blocks cite it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      ${[1, 2, 3].map(() => html`<source-citation endpoint=${api('')} loading="eager">${BBC_LINK}</source-citation>`)}
    </div>`);
    const blocks = [...wrapper.querySelectorAll('source-citation')];
    await waitUntil(() => blocks.every((block) => block.state === 'ready'), 'all blocks ready');
    expect(await requestCount('/api/meta')).to.equal(1);
  });

  it('one source’s failure (500, 404) does not fail the block: that source shows what it has', async () => {
    const el = await fixture<SourceCitationElement>(html`<source-citation endpoint=${api('')} loading="eager" citation-style="mla">
      ${BBC_LINK}
      <a href="https://broken.example/story" data-publisher="Broken Times">Broken Times</a>
      <a href="https://unknown.example/page" data-headline="A page the proxy cannot find">Unknown</a>
      <a href="javascript:alert(1)">Not a web page</a>
    </source-citation>`);
    const citations = await ready(el);
    expect(el.error).to.equal(null);
    expect(citations.map((citation) => citation.title)).to.deep.equal([
      'US companies turn to Chinese open-source AI to cut costs',
      undefined,
      'A page the proxy cannot find',
      undefined,
    ]);
    expect(citeTexts(el)).to.deep.equal(formatted(citations, 'mla'));
    expect(citeTexts(el).slice(1)).to.deep.equal([
      '“Broken Times.” Broken Times, broken.example/story.',
      'A page the proxy cannot find. unknown.example/page.',
      'Not a web page.',
    ]);
    // Three requests: the javascript: link is never sent to the proxy.
    expect(await requestCount('/api/meta')).to.equal(3);
  });

  it('reload() asks again, bypassing the cache', async () => {
    const el = await fixture<SourceCitationElement>(html`<source-citation endpoint=${api('')} loading="eager">${BBC_LINK}</source-citation>`);
    await ready(el);
    await el.reload();
    await reach(el, 'ready');
    expect(await requestCount('/api/meta')).to.equal(2);
  });

  it('hostile metadata stays text, and its javascript: URLs never reach an href', async () => {
    const el = await fixture<SourceCitationElement>(html`<source-citation endpoint=${api('')} loading="eager" citation-style="chicago">
      <a href="https://hostile.example/article">Hostile</a>
    </source-citation>`);
    const [hostile] = await ready(el);
    expect(hostile.title).to.equal('<img src=x onerror=alert(1)>Hostile <b>title</b>');
    expect(citeTexts(el)[0]).to.contain('<img src=x onerror=alert(1)>Hostile <b>title</b>');
    expect(el.shadowRoot!.querySelector('img, b, script, svg, [onerror], [onload]')).to.equal(null);
    expect(all<HTMLAnchorElement>(el, 'a[href]').map((link) => link.getAttribute('href'))).to.deep.equal(['https://hostile.example/article']);
    expect(hostile.authors).to.deep.equal([{ family: 'Mallory', given: '<i>Eve</i>' }]);
  });

  it('links added later are filled too', async () => {
    const el = await fixture<SourceCitationElement>(html`<source-citation endpoint=${api('')} loading="eager">${BBC_LINK}</source-citation>`);
    await ready(el);
    const link = document.createElement('a');
    link.href = FLORIN_EN;
    el.append(link);
    await waitUntil(() => el.data?.length === 2 && el.state === 'ready', 'two sources');
    expect(el.data![1].title).to.equal('Are Chinese open-source AI models ‘winning’ by being cheap and deployable?');
    expect(await requestCount('/api/meta')).to.equal(2);
  });
});
