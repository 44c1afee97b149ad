/**
 * One request for many cards (issue 11): cards asking one site for posts by id in the same task share a
 * collection request (WordPress `include=`, Ghost `filter=id:[…]`, at most 100 ids each), and each card still
 * shows its own post or its own `not-found`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/post-card.js';
import { configure } from '../../../src/core/config.js';
import type { PostCardElement } from '../../../src/post-card/post-card.js';
import { api, partText, requestCount, resetCore, resetRequestLog, wpRoot } from '../../helpers.js';

const IDS = [42, 41, 43, 35, 37, 39, 45, 52, 51, 53, 50, 54];

async function body<T>(path: string): Promise<T> {
  return (await (await fetch(api(path), { cache: 'no-store' })).json()) as T;
}

/** Cards in one template, so they connect and ask in the same task. */
async function cards(sources: Array<{ endpoint?: string; postId?: string; src?: string }>): Promise<PostCardElement[]> {
  const wrapper = await fixture<HTMLElement>(
    html`<div>${sources.map((s) => html`<post-card endpoint=${s.endpoint ?? ''} post-id=${s.postId ?? ''} src=${s.src ?? ''} loading="eager"></post-card>`)}</div>`,
  );
  const all = [...wrapper.querySelectorAll<PostCardElement>('post-card')];
  await waitUntil(() => all.every((card) => card.state === 'ready' || card.state === 'error'), 'every card settles', { timeout: 20000 });
  return all;
}

describe('batched requests by id', () => {
  beforeEach(async () => {
    resetCore();
    await resetRequestLog();
  });

  it('12 WordPress cards by post-id: one include= request, each card its own post', async () => {
    const shown = await cards(IDS.map((id) => ({ endpoint: wpRoot, postId: String(id) })));
    expect(await requestCount('/api/wp-json/wp/v2/posts')).to.equal(1);
    expect(await requestCount(`/api/wp-json/wp/v2/posts?_embed&include=${IDS.join('%2C')}&per_page=100`)).to.equal(1);
    const titles = await Promise.all(IDS.map(async (id) => (await body<{ title: { rendered: string } }>(`wp-json/wp/v2/posts/${id}`)).title.rendered));
    expect(shown.map((card) => card.state)).to.deep.equal(IDS.map(() => 'ready'));
    expect(shown.map((card) => card.data!.id)).to.deep.equal(IDS.map(String));
    // The fixture's titles hold no markup or references beyond what the card decodes: compare as text.
    const decode = (text: string) => new DOMParser().parseFromString(text, 'text/html').body.textContent!;
    expect(shown.map((card) => partText(card, 'title'))).to.deep.equal(titles.map(decode));
  });

  it('a missing id is that card’s not-found; the others show', async () => {
    const shown = await cards([{ endpoint: wpRoot, postId: '42' }, { endpoint: wpRoot, postId: '999999' }, { endpoint: wpRoot, postId: '43' }]);
    expect(shown.map((card) => card.state)).to.deep.equal(['ready', 'error', 'ready']);
    expect(shown[1]!.error!.code).to.equal('not-found');
    expect(await requestCount('/api/wp-json/wp/v2/posts')).to.equal(1);
  });

  it('150 ids: two requests of at most 100 ids', async () => {
    const ids = Array.from({ length: 150 }, (_, i) => String(i + 1));
    const shown = await cards(ids.map((id) => ({ endpoint: wpRoot, postId: id })));
    expect(await requestCount('/api/wp-json/wp/v2/posts')).to.equal(2);
    for (const chunk of [ids.slice(0, 100), ids.slice(100)]) {
      expect(await requestCount(`/api/wp-json/wp/v2/posts?_embed&include=${chunk.join('%2C')}&per_page=100`)).to.equal(1);
    }
    const ready = shown.filter((card) => card.state === 'ready').map((card) => card.data!.id);
    expect(ready.sort()).to.deep.equal(['35', '37', '39', '41', '42', '43', '45', '50', '51', '52', '53', '54']);
    expect(shown.filter((card) => card.state === 'error').every((card) => card.error!.code === 'not-found')).to.equal(true);
  });

  it('one card alone asks for its post alone', async () => {
    await cards([{ endpoint: wpRoot, postId: '42' }]);
    expect(await requestCount('/api/wp-json/wp/v2/posts/42')).to.equal(1);
    expect(await requestCount('/api/wp-json/wp/v2/posts?')).to.equal(0);
  });

  it('Ghost posts by id: one filter=id:[…] request', async () => {
    const { posts } = await body<{ posts: Array<{ id: string; title: string }> }>('ghost/content/posts/?limit=all');
    await resetRequestLog();
    const shown = await cards(posts.map((post) => ({ src: api(`ghost/content/posts/${post.id}/?include=authors,tags`) })));
    expect(await requestCount('/api/ghost/content/posts')).to.equal(1);
    expect(shown.map((card) => partText(card, 'title'))).to.deep.equal(posts.map((post) => post.title));
  });

  it('a site that refuses the collection query: each card asks on its own, as without batching', async () => {
    const asked: string[] = [];
    configure({
      fetch: (url, init) => {
        asked.push(String(url));
        return /[?&]include=/.test(String(url)) ? Promise.resolve(new Response('{"message":"nope"}', { status: 400 })) : fetch(url, init);
      },
    });
    const shown = await cards([{ endpoint: wpRoot, postId: '42' }, { endpoint: wpRoot, postId: '43' }]);
    expect(shown.map((card) => card.state)).to.deep.equal(['ready', 'ready']);
    expect(asked.length).to.equal(3);
  });
});
