import { expect } from '@open-wc/testing';
import { toCollection, toPost } from '../../../src/core/adapters/index.js';
import { loadFixture } from '../../fixtures/load.js';
import { rejected } from '../thrown.js';

const url = 'https://ghost.florin.blog/ghost/api/content/posts/?key=22444f78447824223cefc48062&include=authors,tags';

describe('Ghost adapter', () => {
  it('reads a post with its authors, public tags, image and reading time', async () => {
    const post = await toPost(await loadFixture('ghost-posts.json'), { url });
    expect(post).to.deep.include({
      id: '65a3f1c2d4e5f60012345678',
      title: 'Are Chinese open-source AI models ‘winning’ by being cheap and deployable?',
      url: 'https://ghost.florin.blog/are-chinese-open-source-ai-models-winning/',
      published: '2026-01-14T07:30:00.000+00:00',
      modified: '2026-01-14T07:30:00.000+00:00',
      image: { url: 'https://ghost.florin.blog/content/images/2026/01/open-models.jpg', alt: 'Server racks lit in blue' },
      readingTime: 4,
      authors: [
        { name: 'Admin', url: 'https://ghost.florin.blog/author/admin/', avatar: 'https://ghost.florin.blog/content/images/2025/06/admin.png' },
        { name: 'Florin Popescu', url: 'https://ghost.florin.blog/author/florin/', avatar: undefined },
      ],
      // The internal `#newsletter` tag organises the site and is not shown.
      terms: [{ name: 'Technology', taxonomy: 'tag', url: 'https://ghost.florin.blog/tag/technology/', id: '59799bbd6ebb2f00243a33db' }],
    });
  });

  it('reads Ghost pages (/ghost/api/content/pages/) like posts, as a card and as a list', async () => {
    const { posts, meta } = await loadFixture('ghost-posts.json');
    const pages = { pages: posts, meta };
    const pagesUrl = url.replace('/posts/', '/pages/');
    expect(await toPost(pages, { url: pagesUrl })).to.deep.equal(await toPost({ posts, meta }, { url }));
    expect((await toCollection(pages, { url: pagesUrl })).posts).to.have.length(posts.length);
    // Detected by their fields alone, too.
    expect((await toPost({ pages: [posts[0]] }, { url: pagesUrl })).title).to.equal(posts[0].title);
  });

  it('prefers custom_excerpt to the generated excerpt', async () => {
    const [first, second] = (await toCollection(await loadFixture('ghost-posts.json'), { url })).posts;
    expect(first.excerpt).to.equal('Why teams reach for open models, and what it costs them.');
    expect(second.excerpt).to.equal('Packaging plants are cheaper to build and quicker to staff than fabs.');
  });

  it('shows at least one minute of reading time', async () => {
    const [, second] = (await toCollection(await loadFixture('ghost-posts.json'), { url })).posts;
    expect(second.readingTime).to.equal(1);
  });

  it('falls back to primary_author without include=authors', async () => {
    const body = await loadFixture('ghost-posts.json');
    delete body.posts[1].authors;
    body.posts[1].primary_author.profile_image = 'javascript:alert(1)';
    expect((await toPost(body, { url, slug: 'can-india-build-a-semiconductor-industry' })).authors).to.deep.equal([
      { name: 'Florin Popescu', url: 'https://ghost.florin.blog/author/florin/', avatar: undefined },
    ]);
  });

  it('reads the total from the pagination', async () => {
    expect((await toCollection(await loadFixture('ghost-posts.json'), { url })).total).to.equal(2);
  });

  it('takes the language from the site locale, or from the post', async () => {
    const body = await loadFixture('ghost-posts.json');
    body.locale = 'ar';
    body.posts[1].locale = 'en_GB';
    const collection = await toCollection(body, { url });
    expect(collection.language).to.equal('ar');
    expect(collection.posts.map((post) => post.language)).to.deep.equal(['ar', 'en-GB']);
  });

  it('picks by slug or id and throws not-found for an unknown one', async () => {
    const body = await loadFixture('ghost-posts.json');
    expect((await toPost(body, { url, slug: 'can-india-build-a-semiconductor-industry' })).id).to.equal('65a3f1c2d4e5f60012345679');
    expect((await toPost(body, { url, id: '65a3f1c2d4e5f60012345679' })).title).to.match(/^Can India/);
    expect((await rejected(toPost(body, { url, slug: 'missing' }))).code).to.equal('not-found');
    expect((await rejected(toPost({ posts: [], meta: { pagination: { total: 0 } } }, { url }))).code).to.equal('not-found');
  });
});
