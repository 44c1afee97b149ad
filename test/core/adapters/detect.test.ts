import { expect } from '@open-wc/testing';
import { detectFormat, toCollection, toPost } from '../../../src/core/adapters/index.js';
import { loadFixture } from '../../fixtures/load.js';
import { rejected } from '../thrown.js';

const url = 'https://florin.blog/feed';

describe('detectFormat', () => {
  it('recognises a WordPress post, a query result and an error body', async () => {
    expect(detectFormat(await loadFixture('wordpress-post.json'))).to.equal('wordpress');
    expect(detectFormat(await loadFixture('wordpress-posts.json'))).to.equal('wordpress');
    expect(detectFormat(await loadFixture('wordpress-error.json'))).to.equal('wordpress');
    // WordPress answers a query that matches nothing with [].
    expect(detectFormat([])).to.equal('wordpress');
  });

  it('recognises a post fetched with _fields (no links, only a rendered title)', () => {
    expect(detectFormat({ id: 4, title: { rendered: 'REST API Client Fixture: Post' } })).to.equal('wordpress');
  });

  it('recognises JSON Feed 1.0 and 1.1', async () => {
    expect(detectFormat(await loadFixture('jsonfeed-ar.json'))).to.equal('jsonfeed');
    expect(detectFormat(await loadFixture('jsonfeed-1.0.json'))).to.equal('jsonfeed');
    expect(detectFormat({ version: 'https://example.com/version/1', items: [] })).to.equal(undefined);
  });

  it('recognises Ghost posts, also an empty page of them', async () => {
    expect(detectFormat(await loadFixture('ghost-posts.json'))).to.equal('ghost');
    expect(detectFormat({ posts: [], meta: { pagination: { page: 1, total: 0 } } })).to.equal('ghost');
  });

  it('recognises the native model', () => {
    const post = { id: '1', title: 'Title', authors: [], terms: [] };
    expect(detectFormat(post)).to.equal('native');
    expect(detectFormat({ posts: [post] })).to.equal('native');
  });

  it('recognises nothing else', () => {
    for (const body of [null, 'text', 42, {}, { title: 'An oEmbed', type: 'rich', version: '1.0' }, [{ foo: 1 }], { posts: [{ foo: 1 }] }]) {
      expect(detectFormat(body), JSON.stringify(body)).to.equal(undefined);
    }
  });
});

describe('toPost and toCollection', () => {
  it('throw unsupported for a body in no known format', async () => {
    expect((await rejected(toPost({ hello: 'world' }, { url }))).code).to.equal('unsupported');
    expect((await rejected(toCollection('<html>', { url }))).code).to.equal('unsupported');
  });

  it('throw a config error for a format that does not hold posts', async () => {
    const body = await loadFixture('wordpress-post.json');
    expect((await rejected(toPost(body, { url, format: 'oembed' }))).code).to.equal('config');
  });

  it('use a forced format over detection', async () => {
    const body = await loadFixture('jsonfeed-1.0.json');
    // Read as Ghost, a feed has no posts.
    expect((await rejected(toPost(body, { url, format: 'ghost' }))).code).to.equal('not-found');
    expect((await toPost(body, { url, format: 'jsonfeed' })).id).to.equal('128');
  });

  it('give a collection of one for a single-post body', async () => {
    const collection = await toCollection(await loadFixture('wordpress-post.json'), { url });
    expect(collection.posts.map((post) => post.id)).to.deep.equal(['128']);
  });
});
