import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/related-posts.js';
import type { RelatedPostsElement } from '../../src/related-posts/related-posts.js';
import type { RelatedPostsData } from '../../src/core/model.js';
import { api, fresh, part, partText, reach, recordEvents, resetCore, wpRoot } from '../helpers.js';
import { AR_POST, EN_POST, all, fixtureBody, has, links, serve, shownLinks, shownTitles } from './support.js';

async function related(template: ReturnType<typeof html>): Promise<RelatedPostsElement> {
  const el = await fixture<RelatedPostsElement>(template);
  await reach(el, 'ready');
  return el;
}

describe('<related-posts> sources', () => {
  beforeEach(() => resetCore());

  describe('src pointing at a collection', () => {
    it('a WordPress posts query: newest first, as compact cards with image and date', async () => {
      const el = await related(html`<related-posts src=${api('wp-json/wp/v2/posts?lang=en&_embed')} loading="eager"></related-posts>`);
      expect(shownLinks(el)).to.deep.equal(links(45, 43, 42));
      expect(shownTitles(el)[0]).to.equal('What the new battery rules mean for e-bike owners');
      const items = all(el, 'ul[part~="list"] > li[part~="item"]');
      expect(items).to.have.length(3);
      for (const item of items) {
        expect(!!item.querySelector('[part~="image"]'), 'image').to.equal(true);
        expect(item.querySelector('time[part~="date"]')?.getAttribute('datetime'), 'date').to.match(/^\d{4}-\d{2}-\d{2}T/);
        // Compact cards: no excerpt, no terms.
        expect(!!item.querySelector('[part~="excerpt"], [part~="terms"]')).to.equal(false);
      }
    });

    it('leaves out the current post named by post-id', async () => {
      const src = api('wp-json/wp/v2/posts?lang=en&_embed');
      const el = await related(html`<related-posts src=${src} post-id=${EN_POST} loading="eager"></related-posts>`);
      expect(shownLinks(el)).to.deep.equal(links(45, 43, 41));
    });

    it('a JSON Feed, leaving out the item whose id is post-id', async () => {
      const el = await related(
        html`<related-posts src=${api('feed.json')} post-id="https://florin.blog/?p=43" loading="eager"></related-posts>`,
      );
      expect(shownLinks(el)).to.deep.equal(links(45, 42, 41));
      expect(el.data!.title).to.equal('Florin.blog');
    });

    it('Ghost posts', async () => {
      const posts = await fixtureBody<{ posts: Array<{ id: string; url: string }> }>('ghost/content/posts/?include=authors,tags');
      const current = posts.posts.find((post) => post.url === links(45)[0])!;
      const el = await related(
        html`<related-posts src=${api('ghost/content/posts/?include=authors,tags')} post-id=${current.id} loading="eager"></related-posts>`,
      );
      expect(shownLinks(el)).to.deep.equal(links(43, 42, 41));
      expect(partText(el, 'date')).to.match(/2025/);
    });

    it('YARPP related posts, in YARPP order', async () => {
      const el = await related(html`<related-posts src=${api('wp-json/yarpp/v1/related/42?_embed')} loading="eager"></related-posts>`);
      expect(shownLinks(el)).to.deep.equal(links(41, 43, 45));
    });

    it("a single post: its Jetpack related posts, with Jetpack's display date", async () => {
      const el = await related(html`<related-posts src=${api('wp-json/wp/v2/posts/42?_embed')} loading="eager"></related-posts>`);
      expect(shownLinks(el)).to.deep.equal(links(41, 43, 37));
      const date = part(el, 'date')!;
      expect(date.localName).to.equal('span');
      expect(date.textContent).to.equal('November 24, 2025');
    });

    it('a single post without Jetpack related posts: nothing', async () => {
      const el = await related(html`<related-posts src=${api('wp-json/wp/v2/posts/43?_embed')} loading="eager"></related-posts>`);
      expect(el.data!.posts).to.deep.equal([]);
      expect(has(el, '[part]')).to.equal(false);
    });
  });

  describe('endpoint + post-id', () => {
    it("uses the post's Jetpack related posts, read in one query of the site's posts: dates in the one style", async () => {
      const requested = serve();
      const el = await related(html`<related-posts endpoint=${wpRoot} post-id=${EN_POST} loading="eager"></related-posts>`);
      expect(shownLinks(el)).to.deep.equal(links(41, 43, 37));
      expect(requested[0]).to.equal(`${wpRoot}/wp/v2/posts/42?_embed`);
      const queries = requested.slice(1).map((url) => Object.fromEntries(new URL(url).searchParams));
      expect(queries).to.deep.equal([{ include: '41,43,37', per_page: '3', lang: 'en', _embed: '' }]);
      // Jetpack's "November 24, 2025" becomes the date every element writes, in a <time>.
      const dates = [...el.shadowRoot!.querySelectorAll('[part~="date"]')];
      expect(dates.map((date) => date.localName)).to.deep.equal(['time', 'time', 'time']);
      expect(dates[0].getAttribute('datetime')).to.match(/^2025-11-24T/);
      expect(dates[0].textContent).to.equal('Nov 24, 2025');
    });

    it('without Jetpack: posts sharing its categories, then its tags, newest first, in its language', async () => {
      const requested = serve();
      // Post 43: category 6 holds only post 41; tags 24 and 25 add 45 and 42.
      const el = await related(html`<related-posts endpoint=${wpRoot} post-id="43" loading="eager"></related-posts>`);
      expect(shownLinks(el)).to.deep.equal(links(41, 45, 42));
      const queries = requested.slice(1).map((url) => Object.fromEntries(new URL(url).searchParams));
      expect(queries).to.deep.equal([
        { categories: '6', exclude: '43', per_page: '3', lang: 'en', _embed: '' },
        { tags: '24,25', exclude: '43,41', per_page: '2', lang: 'en', _embed: '' },
      ]);
    });

    it('does not query tags when the categories give enough', async () => {
      const requested = serve();
      const el = await related(html`<related-posts endpoint=${wpRoot} post-id="43" limit="1" loading="eager"></related-posts>`);
      expect(shownLinks(el)).to.deep.equal(links(41));
      expect(requested.filter((url) => url.includes('tags='))).to.deep.equal([]);
    });

    it('Arabic post: Arabic related posts with lang="ar" and dir="rtl" cards', async () => {
      const el = await related(html`<related-posts endpoint=${wpRoot} post-id="53" loading="eager"></related-posts>`);
      expect(shownLinks(el)).to.deep.equal(links(51));
      const card = part(el, 'card')!;
      expect(card.getAttribute('lang')).to.equal('ar');
      expect(getComputedStyle(card).direction).to.equal('rtl');
    });

    it('in a right-to-left page the compact cards mirror: image on the right', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="inline-size: 480px">
        <related-posts endpoint=${wpRoot} post-id=${AR_POST} loading="eager"></related-posts>
      </div>`);
      const el = wrapper.querySelector('related-posts')!;
      await reach(el, 'ready');
      expect(shownLinks(el)).to.deep.equal(links(51, 53, 54));
      const image = part(el, 'image')!.getBoundingClientRect();
      const title = part(el, 'title')!.getBoundingClientRect();
      expect(image.left).to.be.at.least(title.right);
    });

    it('takes the endpoint from <meta name="post-embeds:endpoint">', async () => {
      const meta = Object.assign(document.createElement('meta'), { name: 'post-embeds:endpoint', content: wpRoot });
      document.head.append(meta);
      try {
        const el = await related(html`<related-posts post-id=${EN_POST} loading="eager"></related-posts>`);
        expect(shownLinks(el)).to.deep.equal(links(41, 43, 37));
      } finally {
        meta.remove();
      }
    });
  });

  describe('limit, duplicates and the current post', () => {
    it('shows at most limit posts', async () => {
      const src = api('wp-json/wp/v2/posts?lang=en&_embed');
      const two = await related(html`<related-posts src=${src} limit="2" loading="eager"></related-posts>`);
      expect(shownLinks(two)).to.deep.equal(links(45, 43));
      const five = await related(html`<related-posts src=${src} limit="5" loading="eager"></related-posts>`);
      expect(shownLinks(five)).to.deep.equal(links(45, 43, 42, 41, 39));
      const jetpack = await related(html`<related-posts endpoint=${wpRoot} post-id=${EN_POST} limit="2" loading="eager"></related-posts>`);
      expect(shownLinks(jetpack)).to.deep.equal(links(41, 43));
    });

    it('an invalid limit means the default, 3', async () => {
      const el = await related(html`<related-posts src=${api('wp-json/wp/v2/posts?lang=en&_embed')} limit="many" loading="eager"></related-posts>`);
      expect(shownLinks(el)).to.have.length(3);
    });

    it('shows a duplicated post once, and fills the list from the rest', async () => {
      const posts = await fixtureBody<Array<{ id: number }>>('wp-json/wp/v2/posts?lang=en&_embed');
      const [p45, p43, p42] = posts;
      const src = 'https://crafted.test/wp-json/wp/v2/posts?_embed';
      serve({ [src]: [p45, p45, p43, { ...p43 }, p42] });
      const el = await related(html`<related-posts src=${src} loading="eager"></related-posts>`);
      expect(shownLinks(el)).to.deep.equal(links(45, 43, 42));
    });

    it('removes the current post from Jetpack related posts', async () => {
      const post = await fixtureBody<Record<string, unknown> & { 'jetpack-related-posts': Array<Record<string, unknown>> }>(
        'wp-json/wp/v2/posts/42?_embed',
      );
      const self = { ...post['jetpack-related-posts'][0], id: 42, url: links(42)[0], title: 'This very post' };
      const src = 'https://crafted.test/wp-json/wp/v2/posts/42?_embed';
      serve({ [src]: { ...post, 'jetpack-related-posts': [self, ...post['jetpack-related-posts']] } });
      const el = await related(html`<related-posts src=${src} loading="eager"></related-posts>`);
      expect(shownLinks(el)).to.deep.equal(links(41, 43, 37));
    });
  });

  describe('rendering', () => {
    it('a localized default heading, then a real list', async () => {
      const el = await related(html`<related-posts endpoint=${wpRoot} post-id=${EN_POST} loading="eager"></related-posts>`);
      const heading = part(el, 'heading')!;
      expect(heading.localName).to.equal('h2');
      expect(heading.textContent).to.equal('Related posts');
      expect(part(el, 'list')!.localName).to.equal('ul');
      expect(all(el, '[part~="list"] > [part~="item"]').every((item) => item.localName === 'li')).to.equal(true);
      // Item titles sit one level below the heading.
      expect(all(el, '[part~="item"] [part~="title"]').map((title) => title.localName)).to.deep.equal(['h3', 'h3', 'h3']);
    });

    it('the heading attribute sets the text; slot="heading" replaces the heading', async () => {
      const named = await related(
        html`<related-posts endpoint=${wpRoot} post-id=${EN_POST} heading="Read next" loading="eager"></related-posts>`,
      );
      expect(partText(named, 'heading')).to.equal('Read next');
      const slotted = await related(html`<related-posts endpoint=${wpRoot} post-id=${EN_POST} loading="eager"
        ><h4 slot="heading">More on this</h4></related-posts
      >`);
      // The default heading is the slot's fallback: still in the tree, no longer rendered.
      expect(part(slotted, 'heading')!.checkVisibility()).to.equal(false);
      const slot = slotted.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="heading"]')!;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['More on this']);
    });

    it('an empty result shows nothing, not even the heading, and still fires load with an empty list', async () => {
      const el = document.createElement('related-posts');
      el.loading = 'eager';
      el.src = fresh(api('faults/empty-collection'));
      const seen = recordEvents(el);
      const loaded = oneEvent(el, 'load');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      const event = (await loaded) as CustomEvent<{ data: RelatedPostsData }>;
      await waitUntil(() => seen.includes('loadend'));
      await el.updateComplete;
      expect(seen).to.deep.equal(['loadstart', 'load', 'loadend']);
      expect(event.detail.data.posts).to.deep.equal([]);
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(has(el, '[part~="heading"]')).to.equal(false);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('while loading: the heading and limit placeholder cards, the size of the result', async () => {
      const el = await fixture<RelatedPostsElement>(
        html`<related-posts src=${fresh(api('faults/hang'))} limit="4" loading="eager" style="inline-size: 400px"></related-posts>`,
      );
      await reach(el, 'loading');
      expect(partText(el, 'heading')).to.equal('Related posts');
      expect(all(el, '[part~="list"] > [part~="item"]')).to.have.length(4);
      const loadingHeight = el.getBoundingClientRect().height;
      el.remove();

      resetCore();
      const posts = await fixtureBody<Array<{ id: number }>>('wp-json/wp/v2/posts?lang=en&_embed');
      const src = 'https://crafted.test/wp-json/wp/v2/posts?_embed';
      serve({ [src]: posts.slice(0, 4) });
      const ready = await related(html`<related-posts src=${src} limit="4" loading="eager" style="inline-size: 400px"></related-posts>`);
      expect(ready.getBoundingClientRect().height).to.be.closeTo(loadingHeight, loadingHeight * 0.15);
    });

    it('takes the shared tokens, and --related-posts-* properties over them', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="--pe-color-text: rgb(1, 2, 3); --pe-space: 5px">
        <related-posts endpoint=${wpRoot} post-id=${EN_POST} loading="eager"></related-posts>
        <related-posts endpoint=${wpRoot} post-id=${EN_POST} loading="eager"
          style="--related-posts-heading-color: rgb(200, 0, 100); --related-posts-gap: 7px"></related-posts>
      </div>`);
      const [shared, own] = [...wrapper.querySelectorAll('related-posts')];
      await reach(shared, 'ready');
      await reach(own, 'ready');
      expect(getComputedStyle(part(shared, 'heading')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(shared, 'list')!).rowGap).to.equal('5px');
      expect(getComputedStyle(part(own, 'heading')!).color).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(part(own, 'list')!).rowGap).to.equal('7px');
    });

    it('.data renders without a request', async () => {
      const requested = serve();
      const el = await fixture<RelatedPostsElement>(html`<related-posts></related-posts>`);
      el.data = {
        posts: [
          { id: '1', title: 'Set by a framework', url: 'https://example.com/1', authors: [], terms: [] },
          { id: '2', title: 'And another', url: 'https://example.com/2', authors: [], terms: [] },
        ],
      };
      await el.updateComplete;
      expect(shownTitles(el)).to.deep.equal(['Set by a framework', 'And another']);
      expect(requested).to.deep.equal([]);
    });
  });

  describe('grid layout', () => {
    async function grid(width: number, dir = 'ltr') {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} style="inline-size: ${width}px">
        <related-posts layout="grid" src=${api('wp-json/wp/v2/posts?lang=en&_embed')} loading="eager"></related-posts>
      </div>`);
      const el = wrapper.querySelector('related-posts')!;
      await reach(el, 'ready');
      return all(el, '[part~="item"]').map((item) => item.getBoundingClientRect());
    }

    it('stacks the cards in a narrow block', async () => {
      const [a, b, c] = await grid(320);
      expect(a.left).to.equal(b.left);
      expect(b.left).to.equal(c.left);
      expect(a.bottom).to.be.at.most(b.top);
      expect(b.bottom).to.be.at.most(c.top);
    });

    it('puts three cards side by side in a wide block, first at the inline start', async () => {
      const [a, b, c] = await grid(900);
      expect(a.top).to.equal(b.top);
      expect(b.top).to.equal(c.top);
      expect(a.right).to.be.at.most(b.left);
      expect(b.right).to.be.at.most(c.left);
      const [ra, rb] = await grid(900, 'rtl');
      expect(ra.left).to.be.at.least(rb.right);
    });
  });
});
