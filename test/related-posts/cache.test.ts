import { expect, fixture, html } from '@open-wc/testing';
import '../../src/post-card.js';
import '../../src/related-posts.js';
import type { PostCardElement } from '../../src/post-card/post-card.js';
import type { RelatedPostsElement } from '../../src/related-posts/related-posts.js';
import { toPost } from '../../src/core/adapters/index.js';
import { api, reach, requestCount, resetCore, resetRequestLog, wpRoot } from '../helpers.js';
import { EN_POST, fixtureBody, serve } from './support.js';

/** Request counts come from the fixture server's log: what went over the wire. */
describe('<related-posts> and the shared cache', () => {
  beforeEach(async () => {
    resetCore();
    await resetRequestLog();
  });

  const singlePost = (id: string) => `/api/wp-json/wp/v2/posts/${id}?_embed`;

  /** A `<post-card endpoint post-id>` on the page, once it is ready. */
  async function cardFor(postId: string): Promise<PostCardElement> {
    const card = await fixture<PostCardElement>(html`<post-card endpoint=${wpRoot} post-id=${postId} loading="eager"></post-card>`);
    await reach(card, 'ready');
    return card;
  }

  it('the current post is fetched once for a <post-card> and a <related-posts> of it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <post-card endpoint=${wpRoot} post-id=${EN_POST} loading="eager"></post-card>
      <related-posts endpoint=${wpRoot} post-id=${EN_POST} loading="eager"></related-posts>
    </div>`);
    await reach(wrapper.querySelector('post-card')!, 'ready');
    await reach(wrapper.querySelector('related-posts')!, 'ready');
    expect(await requestCount(singlePost(EN_POST))).to.equal(1);
    // Jetpack's related posts came with it, read in full by one query.
    expect(await requestCount('/api/wp-json/')).to.equal(2);
    expect(await requestCount('/api/wp-json/wp/v2/posts?include=')).to.equal(1);
  });

  it('a <post-card> of a post found by the endpoint query makes no request, and shows the complete post', async () => {
    const el = await fixture<RelatedPostsElement>(html`<related-posts endpoint=${wpRoot} post-id="43" loading="eager"></related-posts>`);
    await reach(el, 'ready');
    const ids = el.data!.posts.map((post) => post.id);
    expect(ids).to.deep.equal(['41', '45', '42']);
    for (const id of ids) {
      const card = await cardFor(id);
      expect(await requestCount(singlePost(id)), `post ${id}`).to.equal(0);
      // Exactly what the card's own request would have given: image, author, terms and all.
      const url = api(`wp-json/wp/v2/posts/${id}?_embed`);
      expect(card.data).to.deep.equal(await toPost(await fixtureBody(`wp-json/wp/v2/posts/${id}?_embed`), { format: 'wordpress', url }));
    }
  });

  it('a WordPress query at src with _embed primes the single-post URLs too', async () => {
    const el = await fixture<RelatedPostsElement>(html`<related-posts src=${`${wpRoot}/wp/v2/posts?lang=en&_embed`} loading="eager"></related-posts>`);
    await reach(el, 'ready');
    await cardFor('45');
    expect(await requestCount('/api/wp-json/wp/v2/posts/45')).to.equal(0);
  });

  it('and so does YARPP with _embed', async () => {
    const el = await fixture<RelatedPostsElement>(html`<related-posts src=${`${wpRoot}/yarpp/v1/related/42?_embed`} loading="eager"></related-posts>`);
    await reach(el, 'ready');
    await cardFor('41');
    expect(await requestCount('/api/wp-json/wp/v2/posts/41')).to.equal(0);
  });

  it('a query without _embed primes nothing (its posts lack images and authors)', async () => {
    const el = await fixture<RelatedPostsElement>(html`<related-posts src=${`${wpRoot}/wp/v2/posts?lang=en`} loading="eager"></related-posts>`);
    await reach(el, 'ready');
    const card = await cardFor('45');
    expect(card.data!.image).to.not.equal(undefined);
    expect(await requestCount(singlePost('45'))).to.equal(1);
  });

  it('a query with _fields primes nothing (its posts are trimmed)', async () => {
    const src = `${wpRoot}/wp/v2/posts?lang=en&_embed&_fields=id,title,link`;
    const el = await fixture<RelatedPostsElement>(html`<related-posts src=${src} loading="eager"></related-posts>`);
    await reach(el, 'ready');
    await cardFor('45');
    expect(await requestCount(singlePost('45'))).to.equal(1);
  });

  it("a collection cannot plant posts for another origin, or under another post's URL", async () => {
    const [post] = await fixtureBody<Array<Record<string, unknown>>>('wp-json/wp/v2/posts?lang=en&_embed');
    const forged = (id: number, self: string) => ({ ...post, id, title: { rendered: 'Forged' }, _links: { self: [{ href: self }] } });
    const src = 'https://crafted.test/wp-json/wp/v2/posts?_embed';
    serve({
      [src]: [forged(45, `${wpRoot}/wp/v2/posts/45`)],
      [`${wpRoot}/wp/v2/posts?_embed&forged`]: [forged(41, `${wpRoot}/wp/v2/posts/45`)],
    });
    for (const collection of [src, `${wpRoot}/wp/v2/posts?_embed&forged`]) {
      const el = await fixture<RelatedPostsElement>(html`<related-posts src=${collection} loading="eager"></related-posts>`);
      await reach(el, 'ready');
    }
    const card = await cardFor('45');
    expect(card.data!.title).to.equal('What the new battery rules mean for e-bike owners');
    expect(await requestCount(singlePost('45'))).to.equal(1);
  });

  it('reload() fetches again, bypassing the cache', async () => {
    const el = await fixture<RelatedPostsElement>(html`<related-posts endpoint=${wpRoot} post-id="43" loading="eager"></related-posts>`);
    await reach(el, 'ready');
    await el.reload();
    await reach(el, 'ready');
    expect(await requestCount(singlePost('43'))).to.equal(2);
    expect(await requestCount('/api/wp-json/wp/v2/posts?categories=6')).to.equal(2);
  });
});
