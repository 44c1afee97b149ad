import { expect } from '@open-wc/testing';
import { toCollection, toPost } from '../../../src/core/adapters/index.js';
import type { Post } from '../../../src/core/model.js';
import { rejected } from '../thrown.js';

const url = 'https://florin.blog/api/native/posts/128.json';

const post: Post = {
  id: '128',
  title: 'Are Chinese open-source AI models ‘winning’ by being cheap and deployable?',
  url: '/2026/01/14/are-chinese-open-source-ai-models-winning/',
  excerpt: 'Why teams reach for open models &amp; what it costs them.',
  published: '2026-01-14T07:30:00Z',
  authors: [{ name: 'Admin', url: 'https://florin.blog/author/admin/', avatar: '/avatars/admin.png' }],
  image: {
    url: 'https://florin.blog/open-models.jpg',
    width: 1600,
    height: 900,
    alt: 'Server racks',
    candidates: [
      { url: 'https://florin.blog/open-models-1024.jpg', width: 1024, height: 576 },
      { url: 'https://florin.blog/open-models-300.jpg', width: 300, height: 169 },
    ],
  },
  terms: [{ name: 'Technology', taxonomy: 'category', url: 'https://florin.blog/category/technology/', id: '3' }],
  categoryIds: ['3'],
  wordCount: 950,
  readingTime: 5,
  language: 'en',
  related: [{ id: '117', title: 'Can India build a semiconductor industry?', dateText: 'December 2, 2025', authors: [], terms: [] }],
};

describe('native adapter', () => {
  it('reads the model as it is, with relative URLs resolved and candidates narrowest first', async () => {
    const read = await toPost(structuredClone(post), { url });
    expect(read).to.deep.include({
      id: '128',
      title: post.title,
      // Native text is plain text already: never decoded again.
      excerpt: 'Why teams reach for open models &amp; what it costs them.',
      url: 'https://florin.blog/2026/01/14/are-chinese-open-source-ai-models-winning/',
      published: '2026-01-14T07:30:00Z',
      wordCount: 950,
      readingTime: 5,
      language: 'en',
      categoryIds: ['3'],
    });
    expect(read.authors[0].avatar).to.equal('https://florin.blog/avatars/admin.png');
    expect(read.image!.candidates!.map((candidate) => candidate.width)).to.deep.equal([300, 1024]);
    expect(read.related).to.have.length(1);
    expect(read.related![0]).to.include({ title: 'Can India build a semiconductor industry?', dateText: 'December 2, 2025' });
  });

  it('checks every field again: wrong types are dropped, unsafe URLs removed', async () => {
    const hostile = {
      ...structuredClone(post),
      url: 'javascript:alert(1)',
      excerpt: { html: '<b>x</b>' },
      published: 'soon',
      wordCount: '12 words',
      readingTime: -1,
      language: 42,
      authors: [{ name: 'Eve', url: 'data:text/html,x', avatar: 'blob:https://florin.blog/x' }, { name: null }],
      image: { url: 'javascript:alert(1)' },
      terms: [{ name: 'Tag', taxonomy: 'tag', url: 'vbscript:x' }, { name: 'No taxonomy' }],
      categoryIds: 'not an array',
      related: [{ title: 'Deep', related: [{ title: 'Deeper' }], authors: [], terms: [] }],
    };
    const read = await toPost(hostile, { url });
    expect(read).to.deep.include({
      url: undefined,
      excerpt: undefined,
      published: undefined,
      wordCount: undefined,
      readingTime: undefined,
      language: undefined,
      image: undefined,
      categoryIds: undefined,
      authors: [{ name: 'Eve', url: undefined, avatar: undefined }],
      terms: [{ name: 'Tag', taxonomy: 'tag', url: undefined, id: undefined }],
    });
    // Related posts are read one level deep.
    expect(read.related![0].related).to.equal(undefined);
  });

  it('reads a collection and picks from it', async () => {
    const body = { title: 'Florin.blog', url: 'https://florin.blog/', language: 'ar', total: 2, posts: [structuredClone(post), { ...structuredClone(post), id: '131', title: 'الثاني' }] };
    const collection = await toCollection(body, { url });
    expect(collection).to.include({ title: 'Florin.blog', url: 'https://florin.blog/', language: 'ar', total: 2 });
    expect(collection.posts.map((item) => item.id)).to.deep.equal(['128', '131']);
    expect((await toPost(body, { url, id: '131' })).title).to.equal('الثاني');
    expect((await rejected(toPost(body, { url, id: '7' }))).code).to.equal('not-found');
  });

  it('titles a post without a title by its excerpt; unsupported without one', async () => {
    const untitled = { ...structuredClone(post), title: '', excerpt: 'A short note.' };
    expect((await toPost(untitled, { url, format: 'native' })).title).to.equal('A short note.');
    const bare = { ...untitled, excerpt: undefined };
    expect((await rejected(toPost(bare, { url, format: 'native' }))).code).to.equal('unsupported');
  });
});
