/**
 * The link card (`type: "link"`, and answers without usable HTML), as rich as the cards readers know from
 * Medium, Substack, Slack or GitHub: image, title, description, site name and domain, in the post card's visual
 * language (a title that is not underlined). Behind the post-embeds proxy the page's `/meta` adds what the oEmbed
 * answer lacks; the fixture API stands in for a proxy mounted at /api/proxy (routes/meta.mjs).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/oembed-preview.js';
import type { OEmbedPreviewElement } from '../../src/oembed-preview/oembed-preview.js';
import { api, fresh, part, partText, reach, requestCount, resetCore, resetRequestLog } from '../helpers.js';
import { visibleText } from '../page/measure.js';
import { PAGES, endpointFor } from './support.js';

const PROXY = api('proxy/oembed');
const TECHNOLOGY = 'https://florin.blog/category/technology/';
const BBC = 'https://www.bbc.com/news/articles/c86v52gv726o';

async function card(url: string, endpoint: string, width = 560): Promise<OEmbedPreviewElement> {
  const host = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px">
    <oembed-preview url=${url} endpoint=${endpoint} loading="eager"></oembed-preview>
  </div>`);
  const el = host.querySelector<OEmbedPreviewElement>('oembed-preview')!;
  await reach(el, 'ready', 8000);
  return el;
}

const shown = (el: OEmbedPreviewElement, selector: string) => {
  const node = el.shadowRoot!.querySelector(selector);
  return node && node.getBoundingClientRect().width > 0 ? visibleText(node, part(el, 'card')!) : undefined;
};

describe('<oembed-preview> link card', () => {
  beforeEach(async () => {
    resetCore();
    await resetRequestLog();
  });

  it('behind the proxy: image, title, description and site, the title not underlined', async () => {
    const el = await card(TECHNOLOGY, PROXY);
    const image = part<HTMLImageElement>(el, 'thumbnail')!;
    expect(image.src).to.equal(api('uploads/2025/12/open-models-network-1200x675.svg'));
    expect(image.getBoundingClientRect().width).to.be.greaterThan(100);
    expect(partText(el, 'title')).to.equal('Technology – Florin.blog');
    expect(partText(el, 'description')).to.match(/^Notes on open models, chips/);
    expect(shown(el, '[part~="description"]')).to.match(/^Notesonopenmodels/);
    // The site's name; its domain says the same, so it is not repeated.
    expect(partText(el, 'provider')).to.equal('Florin.blog');
    expect(el.shadowRoot!.querySelector('.domain')).to.equal(null);
    const title = part(el, 'title')!;
    expect(getComputedStyle(title).textDecorationLine).to.equal('none');
    expect(getComputedStyle(title).color).to.equal(getComputedStyle(part(el, 'card')!).color);
    expect(await requestCount('/api/proxy/meta?')).to.equal(1);
  });

  it("a site whose name is not its domain shows both: 'BBC News' and 'bbc.com'", async () => {
    const el = await card(BBC, PROXY);
    expect(shown(el, '[part~="provider"]')).to.equal('BBCNews');
    expect(shown(el, '.domain')).to.equal('bbc.com');
    expect(partText(el, 'description')).to.match(/^Open-weight models from Chinese labs/);
  });

  it("an Arabic page's card on an English page is laid out in Arabic, as a post card: image at its right, text right to left", async () => {
    const el = await card('https://florin.blog/ar/category/technology-ar/', PROXY, 360);
    const figure = part(el, 'card')!;
    expect([figure.lang, figure.dir]).to.deep.equal(['ar', 'rtl']);
    for (const name of ['title', 'description']) {
      expect(getComputedStyle(part(el, name)!).direction, name).to.equal('rtl');
    }
    expect(part(el, 'thumbnail')!.getBoundingClientRect().left).to.be.greaterThan(part(el, 'title')!.getBoundingClientRect().right);
  });

  it('without the proxy, the oEmbed answer alone: no /meta request to a provider', async () => {
    const el = await card(PAGES.link, endpointFor('link'));
    expect(partText(el, 'title')).to.equal('Technology – Florin.blog');
    expect(partText(el, 'provider')).to.equal('Florin.blog');
    expect(partText(el, 'author')).to.equal('by \u2068Admin\u2069');
    expect(await requestCount('/api/oembed/link/meta')).to.equal(0);
    expect(await requestCount('/api/meta')).to.equal(0);
  });

  it("on an Arabic page, an English video title cut short keeps its start: 'Open models in produ…', never '…n models in production…'", async () => {
    document.documentElement.dir = 'rtl';
    try {
      const el = await card(PAGES.video, endpointFor('video'), 300);
      const title = part(el, 'title')!;
      const seen = visibleText(title, part(el, 'card')!);
      const full = title.textContent!.replace(/\s/g, '');
      expect(seen.length, seen).to.be.greaterThan(5);
      expect(full.startsWith(seen), `"${seen}" shows of "${title.textContent}"`).to.equal(true);
    } finally {
      document.documentElement.dir = '';
    }
  });

  it('the skeleton holds the box of the card behind the proxy', async () => {
    const host = await fixture<HTMLElement>(html`<div style="display: flex; align-items: start; gap: 8px">
      <oembed-preview style="inline-size: 400px; flex: none" url=${TECHNOLOGY} endpoint=${fresh(api('faults/hang'))} loading="eager"></oembed-preview>
      <oembed-preview style="inline-size: 400px; flex: none" url=${TECHNOLOGY} endpoint=${PROXY} loading="eager"></oembed-preview>
    </div>`);
    const [waiting, ready] = [...host.querySelectorAll<OEmbedPreviewElement>('oembed-preview')];
    await reach(ready, 'ready', 8000);
    await reach(waiting, 'loading');
    expect(waiting.getBoundingClientRect().height).to.be.closeTo(ready.getBoundingClientRect().height, 2);
  });
});
