import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import '../../src/post-card.js';
import { PostCardElement } from '../../src/post-card/post-card.js';
import { configure } from '../../src/core/config.js';
import type { Post } from '../../src/core/model.js';
import { api, expectErrorState, fresh, part, partText, reach, recordEvents, requestCount, resetCore, resetRequestLog, wpRoot } from '../helpers.js';

const EN_POST = 42;
const EN_TITLE = 'Are Chinese open-source AI models ‘winning’ by being cheap and deployable?';

describe('<post-card>', () => {
  beforeEach(async () => {
    resetCore();
    await resetRequestLog();
  });

  describe('from a WordPress site', () => {
    it('renders the post from endpoint + post-id: title link, excerpt, author, date, terms, reading time', async () => {
      const el = await fixture<PostCardElement>(html`<post-card endpoint=${wpRoot} post-id=${EN_POST} loading="eager"></post-card>`);
      await reach(el, 'ready');
      expect(partText(el, 'title')).to.equal(EN_TITLE);
      const link = part<HTMLAnchorElement>(el, 'link')!;
      expect(link.href).to.match(/^https:\/\/florin\.blog\//);
      expect(partText(el, 'excerpt')).to.be.a('string').and.not.match(/<|&#|&hellip;|&amp;/);
      expect(partText(el, 'author')).to.equal('Admin');
      const author = part(el, 'author')!.querySelector('a')!;
      expect(author.href).to.match(/^https?:/);
      const time = part<HTMLTimeElement>(el, 'date')!;
      expect(time.localName).to.equal('time');
      expect(time.dateTime).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
      expect(partText(el, 'terms')).to.contain('Technology');
      expect(partText(el, 'reading-time')).to.match(/\d+\s*min/);
    });

    it('finds a post by slug', async () => {
      const el = await fixture<PostCardElement>(
        html`<post-card endpoint=${wpRoot} slug="why-peatlands-matter-for-the-climate" loading="eager"></post-card>`,
      );
      await reach(el, 'ready');
      expect(el.data!.id).to.equal('35');
    });

    it('gives the image a srcset from WordPress sizes and reserves its box before it loads', async () => {
      const el = await fixture<PostCardElement>(html`<post-card endpoint=${wpRoot} post-id=${EN_POST} loading="eager"></post-card>`);
      await reach(el, 'ready');
      const img = part<HTMLImageElement>(el, 'image')!;
      expect(img.getAttribute('srcset')).to.match(/ \d+w, /);
      expect(img.getAttribute('sizes')).to.be.a('string');
      expect(img.getAttribute('width')).to.match(/^\d+$/);
      expect(img.getAttribute('height')).to.match(/^\d+$/);
      // The box has its final size whether or not the image arrived.
      const box = img.parentElement!.getBoundingClientRect();
      expect(box.height).to.be.greaterThan(0);
      expect(box.width / box.height).to.be.closeTo(16 / 9, 0.05);
    });

    it('fires loadstart, load, loadend in order, without bubbling, and sets :state(ready)', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const bubbled: string[] = [];
      wrapper.addEventListener('load', () => bubbled.push('load'));
      const el = document.createElement('post-card');
      const seen = recordEvents(el);
      el.loading = 'eager';
      el.src = api(`wp-json/wp/v2/posts/${EN_POST}?_embed`);
      const loaded = oneEvent(el, 'load');
      wrapper.append(el);
      const event = (await loaded) as CustomEvent<{ data: Post }>;
      await waitUntil(() => seen.length === 3);
      expect(seen).to.deep.equal(['loadstart', 'load', 'loadend']);
      expect(event.bubbles).to.equal(false);
      expect(bubbled).to.deep.equal([]);
      expect(event.detail.data.title).to.equal(EN_TITLE);
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(el.matches(':state(loading)')).to.equal(false);
    });

    it('renders .data without any request', async () => {
      const el = await fixture<PostCardElement>(html`<post-card></post-card>`);
      el.data = { id: 'x', title: 'Set by a framework', url: 'https://example.com/x', authors: [], terms: [] };
      await el.updateComplete;
      expect(partText(el, 'title')).to.equal('Set by a framework');
      expect(await requestCount('/api/')).to.equal(0);
    });

    it('reload() fetches again, bypassing the cache', async () => {
      const src = fresh(api(`wp-json/wp/v2/posts/${EN_POST}?_embed`));
      const el = await fixture<PostCardElement>(html`<post-card src=${src} loading="eager"></post-card>`);
      await reach(el, 'ready');
      await el.reload();
      await reach(el, 'ready');
      expect(await requestCount(new URL(src).pathname)).to.equal(2);
    });
    it('reload() with nothing to load does nothing', async () => {
      const el = await fixture<PostCardElement>(html`<post-card loading="eager"><a href="https://florin.blog/">Fallback</a></post-card>`);
      const seen = recordEvents(el);
      await el.reload();
      await aTimeout(50);
      expect(seen).to.deep.equal([]);
      expect(el.state).to.equal('idle');
      expect(el.error).to.equal(null);
    });
  });

  describe('from a JSON Feed or Ghost', () => {
    it('renders the first item of either, its format detected from the body', async () => {
      for (const path of ['feed.json', 'ghost/content/posts/?include=authors,tags']) {
        const src = api(path);
        const body = await (await fetch(src)).json();
        const [first] = body.items ?? body.posts;
        const el = await fixture<PostCardElement>(html`<post-card src=${src} format="auto" loading="eager"></post-card>`);
        await reach(el, 'ready');
        expect(partText(el, 'title'), path).to.equal(first.title);
        expect(part<HTMLAnchorElement>(el, 'link')!.href, path).to.equal(first.url);
      }
    });
  });

  describe('requests', () => {
    it('makes exactly one request for 50 cards on one src', async () => {
      const src = fresh(api('feed.json'));
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        ${Array.from({ length: 50 }, () => html`<post-card src=${src} loading="eager" layout="compact"></post-card>`)}
      </div>`);
      const cards = [...wrapper.querySelectorAll('post-card')];
      await waitUntil(() => cards.every((card) => card.state === 'ready'), 'all cards ready', { timeout: 8000 });
      const path = new URL(src);
      expect(await requestCount(`${path.pathname}${path.search}`)).to.equal(1);
    });

    it('does not fetch a lazy card far below the fold until it is scrolled near', async () => {
      const src = fresh(api(`wp-json/wp/v2/posts/${EN_POST}?_embed`));
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <div style="block-size: 5000px"></div>
        <post-card src=${src}></post-card>
      </div>`);
      const el = wrapper.querySelector('post-card')!;
      await aTimeout(300);
      expect(el.state).to.equal('idle');
      expect(await requestCount('/api/wp-json/wp/v2/posts/')).to.equal(0);
      el.scrollIntoView();
      await reach(el, 'ready');
      expect(await requestCount('/api/wp-json/wp/v2/posts/')).to.equal(1);
      window.scrollTo(0, 0);
    });

    it('loads a new src of a lazy card moved far below the fold once it is scrolled near', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <post-card src=${fresh(api(`wp-json/wp/v2/posts/${EN_POST}?_embed`))}></post-card>
      </div>`);
      const el = wrapper.querySelector('post-card')!;
      await reach(el, 'ready');
      const spacer = document.createElement('div');
      spacer.style.blockSize = '5000px';
      wrapper.append(spacer, el);
      const next = fresh(api(`wp-json/wp/v2/posts/${EN_POST + 1}?_embed`));
      el.src = next;
      await aTimeout(300);
      expect(el.state).to.equal('idle');
      expect(await requestCount(`/api/wp-json/wp/v2/posts/${EN_POST + 1}`)).to.equal(0);
      el.scrollIntoView();
      await reach(el, 'ready');
      expect(el.data!.id).to.equal(String(EN_POST + 1));
      expect(await requestCount(`/api/wp-json/wp/v2/posts/${EN_POST + 1}`)).to.equal(1);
      window.scrollTo(0, 0);
    });
    it('aborts a request when the card is removed mid-fetch, without an error event', async () => {
      const el = await fixture<PostCardElement>(html`<post-card src=${fresh(api('faults/hang'))} loading="eager"></post-card>`);
      const seen = recordEvents(el);
      await reach(el, 'loading');
      el.remove();
      await aTimeout(100);
      expect(seen).to.not.include('error');
      expect(el.error).to.equal(null);
      expect(el.matches(':state(error)')).to.equal(false);
    });

    it('keeps its request when moved in the DOM mid-fetch, and aborts it when removed for good', async () => {
      const signals: AbortSignal[] = [];
      configure({ fetch: (url, init) => (signals.push(init!.signal!), fetch(url, init)) });
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <section></section><post-card src=${fresh(api('faults/slow?ms=600'))} loading="eager"></post-card>
      </div>`);
      const el = wrapper.querySelector('post-card')!;
      const seen = recordEvents(el);
      await reach(el, 'loading');
      // Moved, as a sortable list or a framework's keyed update does: out and back in within one task.
      wrapper.querySelector('section')!.append(el);
      await reach(el, 'ready');
      expect(seen).to.deep.equal(['load', 'loadend']);
      expect(signals.map((signal) => signal.aborted)).to.deep.equal([false]);

      const removed = await fixture<PostCardElement>(html`<post-card src=${fresh(api('faults/hang'))} loading="eager"></post-card>`);
      await reach(removed, 'loading');
      removed.remove();
      await waitUntil(() => signals[1]?.aborted, 'the request of a removed card is aborted');
      expect(removed.state).to.equal('idle');
    });

    it('keeps the response a connected card shows, and lets the cache drop it once the card is removed', async () => {
      configure({ maxCacheBytes: 1 });
      const src = fresh(api(`wp-json/wp/v2/posts/${EN_POST}?_embed`));
      const path = new URL(src).pathname;
      const first = await fixture<PostCardElement>(html`<post-card src=${src} loading="eager"></post-card>`);
      await reach(first, 'ready');
      const second = await fixture<PostCardElement>(html`<post-card src=${src} loading="eager"></post-card>`);
      await reach(second, 'ready');
      expect(await requestCount(path)).to.equal(1);
      first.remove();
      second.remove();
      await aTimeout(50);
      const third = await fixture<PostCardElement>(html`<post-card src=${src} loading="eager"></post-card>`);
      await reach(third, 'ready');
      expect(await requestCount(path)).to.equal(2);
    });

    it('aborts the old request and loads the new one when src changes', async () => {
      const el = await fixture<PostCardElement>(html`<post-card src=${fresh(api('faults/hang'))} loading="eager"></post-card>`);
      const seen = recordEvents(el);
      await reach(el, 'loading');
      el.src = api(`wp-json/wp/v2/posts/${EN_POST}?_embed`);
      await reach(el, 'ready');
      expect(seen).to.not.include('error');
      expect(partText(el, 'title')).to.equal(EN_TITLE);
    });
  });

  describe('bad input', () => {
    async function failing(src: string, setup?: () => void) {
      setup?.();
      const el = await fixture<PostCardElement>(html`<post-card src=${src} loading="eager"
        ><a href="https://florin.blog/fallback">Fallback link</a></post-card
      >`);
      const error = await expectErrorState(el, 'Fallback link');
      return { el, error };
    }

    it('404: an http error with the status', async () => {
      const { error } = await failing(api('wp-json/wp/v2/posts/999999?_embed'));
      expect(error.code).to.equal('http');
      expect(error.status).to.equal(404);
    });

    it('500', async () => {
      const { error } = await failing(fresh(api('faults/status/500')));
      expect(error.code).to.equal('http');
      expect(error.status).to.equal(500);
    });

    it('a hanging endpoint times out', async () => {
      const { error } = await failing(fresh(api('faults/hang')), () => configure({ timeout: 300 }));
      expect(error.code).to.equal('timeout');
    });

    it('HTML instead of JSON', async () => {
      const { error } = await failing(fresh(api('faults/html')));
      expect(error.code).to.equal('not-json');
      expect(error.message).to.contain('HTML');
    });

    it('truncated JSON', async () => {
      const { error } = await failing(fresh(api('faults/truncated')));
      expect(error.code).to.equal('malformed');
    });

    it('an oversized body is cut off', async () => {
      const { error } = await failing(fresh(api('faults/huge')));
      expect(error.code).to.equal('too-large');
    });

    it('a body no adapter understands', async () => {
      const { error } = await failing(fresh(api('wp-json/wp/v2/categories')));
      expect(error.code).to.be.oneOf(['unsupported', 'not-found']);
    });

    it('retry loads again after a failure', async () => {
      const { el } = await failing(fresh(api('faults/status/503')));
      const reloaded = oneEvent(el, 'loadstart');
      part<HTMLButtonElement>(el, 'retry')!.click();
      await reloaded;
      await reach(el, 'error');
    });

    it('renders what a minimal post has: no image, author, date or excerpt', async () => {
      const el = await fixture<PostCardElement>(html`<post-card src=${fresh(api('faults/minimal'))} loading="eager"></post-card>`);
      await reach(el, 'ready');
      expect(partText(el, 'title')).to.be.a('string').and.not.empty;
      for (const name of ['image', 'excerpt', 'author', 'date', 'reading-time']) {
        expect(part(el, name), name).to.equal(null);
      }
      expect(el.shadowRoot!.textContent).to.not.match(/undefined|null|NaN|Invalid Date/);
    });

    it('shows hostile strings as text and never links javascript: or data: URLs', async () => {
      const el = await fixture<PostCardElement>(html`<post-card src=${fresh(api('faults/hostile'))} loading="eager"></post-card>`);
      await reach(el, 'ready');
      const root = el.shadowRoot!;
      expect(root.querySelector('script, iframe, object, embed, [onerror], [onclick]')).to.equal(null);
      for (const node of root.querySelectorAll<HTMLElement>('[href], [src], [srcset]')) {
        for (const attr of ['href', 'src', 'srcset']) {
          const value = node.getAttribute(attr);
          if (value !== null) expect(value, `${node.localName}[${attr}]`).to.not.match(/^\s*(javascript|data|vbscript):/i);
        }
      }
      // The markup in the title is shown, as text.
      expect(partText(el, 'title')).to.contain('<');
    });
  });

  describe('direction and language', () => {
    it('inherits rtl from an ancestor and mirrors the horizontal layout', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="inline-size: 600px">
        <post-card endpoint=${wpRoot} post-id="52" layout="horizontal" loading="eager"></post-card>
      </div>`);
      const el = wrapper.querySelector('post-card')!;
      await reach(el, 'ready');
      const card = part(el, 'card')!;
      expect(getComputedStyle(card).direction).to.equal('rtl');
      const image = part(el, 'image')!.getBoundingClientRect();
      const title = part(el, 'title')!.getBoundingClientRect();
      expect(image.left).to.be.greaterThan(title.left, 'image sits on the right in RTL');
    });

    it('puts the image on the left in LTR', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="ltr" style="inline-size: 600px">
        <post-card endpoint=${wpRoot} post-id=${EN_POST} layout="horizontal" loading="eager"></post-card>
      </div>`);
      const el = wrapper.querySelector('post-card')!;
      await reach(el, 'ready');
      const image = part(el, 'image')!.getBoundingClientRect();
      const title = part(el, 'title')!.getBoundingClientRect();
      expect(image.right).to.be.lessThan(title.right);
    });

    it('gives an Arabic JSON Feed item lang="ar" and dir="rtl" in an LTR page', async () => {
      const el = await fixture<PostCardElement>(html`<post-card src=${api('ar/feed.json')} loading="eager"></post-card>`);
      await reach(el, 'ready');
      const card = part(el, 'card')!;
      expect(card.getAttribute('lang')).to.equal('ar');
      expect(card.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(card).direction).to.equal('rtl');
    });

    it('keeps its own dir attribute over the data language', async () => {
      const el = await fixture<PostCardElement>(html`<post-card dir="ltr" src=${api('ar/feed.json')} loading="eager"></post-card>`);
      await reach(el, 'ready');
      expect(part(el, 'card')!.hasAttribute('dir')).to.equal(false);
      expect(getComputedStyle(part(el, 'card')!).direction).to.equal('ltr');
    });

    it('formats the date in the nearest lang', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr">
        <post-card endpoint=${wpRoot} post-id=${EN_POST} loading="eager"></post-card>
      </div>`);
      const el = wrapper.querySelector('post-card')!;
      await reach(el, 'ready');
      const published = new Date(el.data!.published!);
      // The post states English (Polylang), so English wins over the page's French.
      expect(partText(el, 'date')).to.equal(new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(published));
    });
  });

  describe('theming and accessibility', () => {
    it('lets tokens set on an ancestor reach the shadow DOM', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="--pe-color-accent: rgb(200, 0, 100); --pe-radius: 3px">
        <post-card endpoint=${wpRoot} post-id=${EN_POST} loading="eager"></post-card>
      </div>`);
      const el = wrapper.querySelector('post-card')!;
      await reach(el, 'ready');
      const term = part(el, 'terms')!.querySelector('a')!;
      expect(getComputedStyle(term).color).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(part(el, 'card')!).borderTopLeftRadius).to.equal('3px');
    });

    it('uses the heading level asked for', async () => {
      const el = await fixture<PostCardElement>(html`<post-card endpoint=${wpRoot} post-id=${EN_POST} heading-level="2" loading="eager"></post-card>`);
      await reach(el, 'ready');
      expect(part(el, 'title')!.localName).to.equal('h2');
    });

    it('passes axe when ready', async () => {
      const el = await fixture<PostCardElement>(html`<post-card endpoint=${wpRoot} post-id=${EN_POST} loading="eager"></post-card>`);
      await reach(el, 'ready');
      await expect(el).to.be.accessible();
    });

    it('passes axe in the error state', async () => {
      const el = await fixture<PostCardElement>(html`<post-card src=${fresh(api('faults/status/500'))} loading="eager"></post-card>`);
      await reach(el, 'error');
      await expect(el).to.be.accessible();
    });
  });

  describe('registration', () => {
    it('define() again with the same class is a no-op', () => {
      expect(() => PostCardElement.define()).to.not.throw();
      expect(customElements.get('post-card')).to.equal(PostCardElement);
    });

    it('can be registered under another tag name', async () => {
      PostCardElement.define('my-post-card');
      const el = await fixture<PostCardElement>(html`<my-post-card></my-post-card>`);
      expect(el).to.be.instanceOf(PostCardElement);
      el.data = { id: '1', title: 'Renamed', authors: [], terms: [] };
      await el.updateComplete;
      expect(partText(el, 'title')).to.equal('Renamed');
    });
  });
});
