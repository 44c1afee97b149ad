import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/related-posts.js';
import type { RelatedPostsElement } from '../../src/related-posts/related-posts.js';
import { configure } from '../../src/core/config.js';
import { PostEmbedsError } from '../../src/shared/errors.js';
import { api, fresh, part, partText, reach, recordEvents, resetCore, wpRoot } from '../helpers.js';
import { EN_POST, all, fixtureBody, has, links, serve, shownLinks, shownTitles } from './support.js';

const IMG = '<img src=x onerror="window.__hacked = true">';

describe('<related-posts> bad input', () => {
  beforeEach(() => resetCore());

  async function failing(attributes: { src?: string; endpoint?: string; postId?: string }) {
    const el = document.createElement('related-posts');
    el.loading = 'eager';
    Object.assign(el, attributes);
    el.innerHTML = '<a href="https://florin.blog/">More posts</a>';
    const seen = recordEvents(el);
    const failed = oneEvent(el, 'error');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    const event = (await failed) as CustomEvent<{ error: PostEmbedsError }>;
    await reach(el, 'error');
    await waitUntil(() => seen.includes('loadend'));
    expect(seen).to.deep.equal(['loadstart', 'error', 'loadend']);
    expect(event.detail.error).to.be.instanceOf(PostEmbedsError);
    expect(el.error).to.equal(event.detail.error);
    expect(el.matches(':state(error)')).to.equal(true);
    expect(partText(el, 'error')).to.be.a('string').and.have.length.greaterThan(10);
    // "Try again" only where it can help: the network, a timeout, a server error.
    const { code, status = 0 } = event.detail.error;
    const transient = code === 'network' || code === 'timeout' || (code === 'http' && status >= 500);
    expect(part(el, 'retry')?.localName, `retry for ${code} ${status}`).to.equal(transient ? 'button' : undefined);
    // The light-DOM fallback is shown again, inside the error box; no heading over an error.
    const slot = part(el, 'error')!.querySelector<HTMLSlotElement>('slot:not([name])')!;
    expect(slot.assignedElements()[0]?.textContent).to.equal('More posts');
    expect(has(el, '[part~="heading"]')).to.equal(false);
    return { el, error: event.detail.error };
  }

  describe('errors, as for <post-card>', () => {
    it('an unknown post: 404', async () => {
      const { error } = await failing({ endpoint: wpRoot, postId: '999999' });
      expect(error.code).to.equal('http');
      expect(error.status).to.equal(404);
    });

    it('a server error', async () => {
      const { error } = await failing({ src: fresh(api('faults/status/500')) });
      expect(error.code).to.equal('http');
      expect(error.status).to.equal(500);
    });

    it('a hanging endpoint times out', async () => {
      configure({ timeout: 300 });
      const { error } = await failing({ src: fresh(api('faults/hang')) });
      expect(error.code).to.equal('timeout');
    });

    it('HTML instead of JSON', async () => {
      const { error } = await failing({ src: fresh(api('faults/html')) });
      expect(error.code).to.equal('not-json');
    });

    it('truncated JSON', async () => {
      const { error } = await failing({ src: fresh(api('faults/truncated')) });
      expect(error.code).to.equal('malformed');
    });

    it('retry loads again, and succeeds once the source answers', async () => {
      const src = 'https://crafted.test/flaky.json';
      const posts = await fixtureBody('wp-json/wp/v2/posts?lang=en&_embed');
      let calls = 0;
      configure({
        fetch: async () =>
          ++calls === 1
            ? new Response('{"code":"rest_maintenance","message":"Back soon","data":{"status":503}}', { status: 503 })
            : new Response(JSON.stringify(posts), { headers: { 'Content-Type': 'application/json' } }),
      });
      const { el } = await failing({ src });
      part<HTMLButtonElement>(el, 'retry')!.click();
      await reach(el, 'ready');
      expect(shownLinks(el)).to.deep.equal(links(45, 43, 42));
    });
  });

  describe('collections that are not arrays', () => {
    it('a JSON Feed whose items is an object', async () => {
      const feed = await fixtureBody<Record<string, unknown>>('feed.json');
      const src = 'https://crafted.test/feed.json';
      serve({ [src]: { ...feed, items: { 0: (feed.items as unknown[])[0] } } });
      const { error } = await failing({ src });
      expect(error.code).to.equal('unsupported');
    });

    it('a WordPress query answered as an object keyed by index', async () => {
      const posts = await fixtureBody<unknown[]>('wp-json/wp/v2/posts?lang=en&_embed');
      const src = 'https://crafted.test/wp-json/wp/v2/posts?_embed';
      serve({ [src]: { 0: posts[0], 2: posts[1] } });
      const { error } = await failing({ src });
      expect(error.code).to.equal('unsupported');
    });

    it('Ghost posts that are a string', async () => {
      const src = 'https://crafted.test/ghost/content/posts/';
      serve({ [src]: { posts: 'none', meta: { pagination: { total: 0 } } } });
      const { error } = await failing({ src });
      expect(error.code).to.equal('unsupported');
    });
  });

  describe('bad items', () => {
    it('skips items without a link or without a title and link, never rendering an empty link', async () => {
      const posts = await fixtureBody<Array<Record<string, unknown>>>('wp-json/wp/v2/posts?lang=en&_embed');
      const [p45, p43, p42] = posts;
      const src = 'https://crafted.test/wp-json/wp/v2/posts?_embed';
      serve({
        [src]: [
          { ...p45, id: 901, link: '' },
          { ...p45, id: 902, link: 'javascript:alert(1)' },
          { ...p45, id: 903, title: { rendered: '' }, link: undefined },
          p43,
          { ...p42, title: { rendered: '   ' } },
        ],
      });
      const el = await fixture<RelatedPostsElement>(html`<related-posts src=${src} loading="eager"></related-posts>`);
      await reach(el, 'ready');
      expect(shownLinks(el)).to.deep.equal(links(43, 42));
      for (const link of all<HTMLAnchorElement>(el, 'a')) expect(link.textContent!.trim(), link.href).to.not.equal('');
      // The untitled post with a link is named by its excerpt, as feed readers do.
      expect(shownTitles(el)[1]).to.match(/^\S/);
    });

    it('a hostile post: its one Jetpack item links to javascript:, so nothing is shown', async () => {
      const el = await fixture<RelatedPostsElement>(html`<related-posts src=${fresh(api('faults/hostile'))} loading="eager"></related-posts>`);
      await reach(el, 'ready');
      expect(el.data!.posts).to.deep.equal([]);
      expect(has(el, 'a, img, [part]')).to.equal(false);
    });

    it('shows hostile titles as text and links only http(s) URLs', async () => {
      const posts = await fixtureBody<Array<Record<string, unknown>>>('wp-json/wp/v2/posts?lang=en&_embed');
      const src = 'https://crafted.test/wp-json/wp/v2/posts?_embed';
      serve({
        [src]: [
          { ...posts[0], title: { rendered: `Title ${IMG}<script>window.__hacked = true</script> &lt;b&gt;bold&lt;/b&gt;` } },
          { ...posts[1], excerpt: { rendered: IMG }, _embedded: { author: [{ name: IMG, link: 'javascript:alert(1)' }] } },
        ],
      });
      const el = await fixture<RelatedPostsElement>(html`<related-posts src=${src} loading="eager"></related-posts>`);
      await reach(el, 'ready');
      const root = el.shadowRoot!;
      expect(!!root.querySelector('script, iframe, object, embed, [onerror], [onclick]')).to.equal(false);
      expect((window as { __hacked?: boolean }).__hacked).to.equal(undefined);
      expect(shownTitles(el)[0]).to.equal('Title <b>bold</b>');
      for (const node of root.querySelectorAll<HTMLElement>('[href], [src], [srcset]')) {
        for (const attr of ['href', 'src', 'srcset']) {
          const value = node.getAttribute(attr);
          if (value !== null) expect(value, `${node.localName}[${attr}]`).to.match(/^https?:\/\//);
        }
      }
    });

    it('hostile titles in the adjacent layout are text too', async () => {
      const [post] = await fixtureBody<Array<Record<string, unknown>>>('wp-json/wp/v2/posts?lang=en&_embed');
      const src = 'https://crafted.test/wp-json/wp/v2/posts?_embed';
      const older = { ...post, id: 7, link: 'https://florin.blog/older/', date_gmt: '2020-01-01T00:00:00', title: { rendered: `Older ${IMG}` } };
      serve({ [src]: [post, older] });
      const el = await fixture<RelatedPostsElement>(
        html`<related-posts layout="adjacent" src=${src} post-id=${String(post.id)} loading="eager"></related-posts>`,
      );
      await reach(el, 'ready');
      expect(has(el, 'img, [onerror]')).to.equal(false);
      expect(part(el, 'previous')!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal('Older');
    });
  });

  describe('accessibility', () => {
    it('passes axe when ready', async () => {
      const el = await fixture<RelatedPostsElement>(html`<related-posts endpoint=${wpRoot} post-id=${EN_POST} loading="eager"></related-posts>`);
      await reach(el, 'ready');
      await expect(el).to.be.accessible();
    });

    it('passes axe in the grid layout, in RTL', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="inline-size: 900px">
        <related-posts layout="grid" endpoint=${wpRoot} post-id="52" loading="eager"></related-posts>
      </div>`);
      const el = wrapper.querySelector('related-posts')!;
      await reach(el, 'ready');
      await expect(el).to.be.accessible();
    });

    it('passes axe while loading and in the error state', async () => {
      const loading = await fixture<RelatedPostsElement>(html`<related-posts src=${fresh(api('faults/hang'))} loading="eager"></related-posts>`);
      await reach(loading, 'loading');
      await expect(loading).to.be.accessible();
      loading.remove();
      const failed = await fixture<RelatedPostsElement>(html`<related-posts src=${fresh(api('faults/status/500'))} loading="eager"></related-posts>`);
      await reach(failed, 'error');
      await expect(failed).to.be.accessible();
    });
  });
});
