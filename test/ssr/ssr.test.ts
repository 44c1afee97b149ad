// Hydration support must patch LitElement before Lit's element module runs: this import comes first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { Post } from '../../src/core/model.js';
import type { PostEmbedsElement } from '../../src/core/post-embeds-element.js';
import { part, reach, resetCore, wpRoot } from '../helpers.js';
import { configure } from '../../src/core/config.js';
import { endpointFor, PAGES } from '../oembed-preview/support.js';
import { ZOTERO_CSL } from '../source-citation/support.js';
import { pages, type PageName } from './templates.js';

type Element_ = PostEmbedsElement<unknown>;

/** Real models: what each element normalizes from the fixture API (an app would keep these for `.data`). */
async function liveData(markup: ReturnType<typeof html>): Promise<unknown> {
  const el = (await fixture<HTMLElement>(markup)) as Element_;
  await reach(el, 'ready', 10000);
  const data = JSON.parse(JSON.stringify(el.data));
  el.remove();
  return data;
}

/** The page as the server renders it (`@lit-labs/ssr` in Node, see ssr-middleware.mjs). */
async function serverRender(name: PageName, data: unknown): Promise<string> {
  const response = await fetch('/__ssr', { method: 'POST', body: JSON.stringify({ name, data }) });
  const body = await response.text();
  if (!response.ok) throw new Error(`Server rendering of ${name} failed:\n${body}`);
  return body;
}

const box = (el: Element) => {
  const { width, height } = el.getBoundingClientRect();
  return { width, height };
};

/**
 * Puts the server's HTML in the page (declarative shadow DOM, styled before any script runs), hydrates it
 * with the same template and data, and checks that hydration changed nothing a reader sees: the same nodes,
 * the same markup, the same box, and no request.
 */
async function renderAndHydrate(name: PageName, data: unknown, state = 'ready'): Promise<Element_> {
  const markup = await serverRender(name, data);
  const container = document.createElement('div');
  container.style.inlineSize = '640px';
  document.body.append(container);
  container.setHTMLUnsafe(markup);
  after(() => container.remove());
  const el = container.querySelector<Element_>(name.replace(/-(rtl|adjacent|src)$/, ''))!;
  expect(el.shadowRoot, 'declarative shadow root').to.exist;
  expect(el.hasAttribute('defer-hydration')).to.equal(true);
  const before = { html: el.shadowRoot!.innerHTML, box: box(el), first: el.shadowRoot!.querySelector('[part], slot') };
  expect(before.first, 'server-rendered content').to.exist;
  expect(before.box.height).to.be.greaterThan(0);

  const requests: string[] = [];
  configure({ fetch: (input, init) => (requests.push(String(input)), fetch(input, init)) });
  const events: string[] = [];
  for (const type of ['loadstart', 'load', 'error']) el.addEventListener(type, () => events.push(type));
  hydrate((pages[name] as (data: unknown) => unknown)(data), container);
  await el.updateComplete;

  expect(el.hasAttribute('defer-hydration')).to.equal(false);
  expect(el.state).to.equal(state);
  if (state === 'ready') {
    expect(el.matches(':state(ready)')).to.equal(true);
    expect(el.data).to.deep.equal(data);
  }
  expect(el.shadowRoot!.querySelector('[part], slot') === before.first, 'the same nodes, not a re-render').to.equal(true);
  expect(el.shadowRoot!.innerHTML).to.equal(before.html);
  expect(box(el)).to.deep.equal(before.box);
  expect(events, 'no load after hydration').to.deep.equal([]);
  expect(requests, 'no refetch').to.deep.equal([]);
  return el;
}

// An integration suite: Chromium alone runs it (it checks Lit's server rendering, not the browsers).
const inChromium = navigator.userAgent.includes('Chrome/');

(inChromium ? describe : describe.skip)('server rendering (@lit-labs/ssr) and hydration', () => {
  beforeEach(() => resetCore());


  it('<post-card> renders from .data on the server and hydrates without a fetch or a change', async () => {
    const data = (await liveData(html`<post-card endpoint=${wpRoot} post-id="42" loading="eager"></post-card>`)) as Post;
    // A source that states no language: the card takes the page's (on the server, the element's own or English).
    delete data.language;
    const el = await renderAndHydrate('post-card', data);
    expect(part(el, 'title')!.textContent!.trim()).to.equal(data.title);
    // Hydrated, it is live: a new layout re-renders.
    el.setAttribute('layout', 'compact');
    await el.updateComplete;
    // (Compared as booleans: a failing comparison of elements would make the runner serialize them.)
    expect(Boolean(part(el, 'excerpt'))).to.equal(false);
  });

  it('<post-card> in Arabic: the element\'s own lang and dir are read alike on both sides', async () => {
    const data = await liveData(html`<post-card endpoint=${wpRoot} post-id="52" loading="eager"></post-card>`);
    const el = await renderAndHydrate('post-card-rtl', data);
    expect(getComputedStyle(part(el, 'card')!).direction).to.equal('rtl');
  });

  it('<related-posts> renders from .data (grid and previous/next) and hydrates', async () => {
    const grid = await liveData(html`<related-posts endpoint=${wpRoot} post-id="42" loading="eager"></related-posts>`);
    const el = await renderAndHydrate('related-posts', grid);
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal((grid as { posts: unknown[] }).posts.length);
    const adjacent = await liveData(
      html`<related-posts endpoint=${wpRoot} post-id="42" layout="adjacent" loading="eager"></related-posts>`,
    );
    await renderAndHydrate('related-posts-adjacent', adjacent);
  });

  it('<source-citation> renders from .data and hydrates', async () => {
    const data = await liveData(html`<source-citation src=${ZOTERO_CSL} loading="eager"></source-citation>`);
    const el = await renderAndHydrate('source-citation', data);
    expect(el.shadowRoot!.querySelectorAll('[part~="citation"]').length).to.equal((data as unknown[]).length);
  });

  it('an element given only attributes (Eleventy) renders its fallback, hydrates, then loads when near', async () => {
    const src = new URL(`${wpRoot}/wp/v2/posts/42?_embed`).href;
    const el = await renderAndHydrate('post-card-src', src, 'idle');
    el.scrollIntoView();
    await reach(el, 'ready', 10000);
    expect(part(el, 'title')).to.exist;
  });

  it('an eager element given only attributes hydrates the fallback the server sent, then loads', async () => {
    const src = new URL(`${wpRoot}/wp/v2/posts/42?_embed`).href;
    const container = document.createElement('div');
    document.body.append(container);
    after(() => container.remove());
    container.setHTMLUnsafe(await serverRender('post-card-eager-src', src));
    const el = container.querySelector<Element_>('post-card')!;
    const fallback = el.shadowRoot!.querySelector('slot');
    expect(fallback, 'server-rendered fallback slot').to.exist;
    const states: string[] = [];
    el.addEventListener('loadstart', () => states.push(el.state));
    // Loading at once would render a skeleton where the server's markup has the slot: a hydration mismatch.
    hydrate(pages['post-card-eager-src'](src), container);
    await el.updateComplete; // rejects with "Hydration value mismatch" when the first render differs
    await reach(el, 'ready', 10000);
    expect(states).to.deep.equal(['loading']);
    expect(part(el, 'title')).to.exist;
  });

  it('<oembed-preview> renders its facade from .data and hydrates without loading the player', async () => {
    const data = await liveData(
      html`<oembed-preview url=${PAGES.video} endpoint=${endpointFor('video')} loading="eager"></oembed-preview>`,
    );
    const el = await renderAndHydrate('oembed-preview', data);
    expect(part(el, 'play')).to.exist;
    expect(part(el, 'frame')).to.equal(null);
  });
});
