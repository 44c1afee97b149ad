import { expect } from '@open-wc/testing';
import { toCollection, toPost } from '../../../src/core/adapters/index.js';
import { loadFixture } from '../../fixtures/load.js';
import { rejected } from '../thrown.js';

const url = 'https://florin.blog/wp-json/wp/v2/posts/128?_embed';

describe('WordPress adapter', () => {
  describe('a single embedded post', () => {
    it('reads HTML fields as plain text with entities decoded once', async () => {
      const post = await toPost(await loadFixture('wordpress-post.json'), { url });
      expect(post.id).to.equal('128');
      expect(post.title).to.equal('Are Chinese open-source AI models ‘winning’ by being cheap and deployable?');
      expect(post.excerpt).to.equal(
        'Cheap to run, easy to adapt\u00A0and open to inspect: why US teams try open models from Chinese labs &amp; what it costs them\u00A0…',
      );
      expect(post.url).to.equal('https://florin.blog/2026/01/14/are-chinese-open-source-ai-models-winning/');
    });

    it('reads date_gmt, written without a zone, as UTC', async () => {
      const post = await toPost(await loadFixture('wordpress-post.json'), { url });
      expect(post.published).to.equal('2026-01-14T07:30:00Z');
      expect(post.modified).to.equal('2026-01-15T16:05:12Z');
      expect(new Date(post.published!).toISOString()).to.equal('2026-01-14T07:30:00.000Z');
    });

    it('falls back to the site-local date, without inventing a zone', async () => {
      const body = await loadFixture('wordpress-post.json');
      delete body.date_gmt;
      body.modified_gmt = null;
      const post = await toPost(body, { url });
      expect(post.published).to.equal('2026-01-14T09:30:00');
      expect(post.modified).to.equal('2026-01-15T18:05:12');
    });

    it('reads the embedded author with a display-sized avatar', async () => {
      const post = await toPost(await loadFixture('wordpress-post.json'), { url });
      expect(post.authors).to.deep.equal([
        {
          name: 'Admin',
          url: 'https://florin.blog/author/admin/',
          avatar: 'https://secure.gravatar.com/avatar/96614ec98aa0c0d2ee75796dced6df54?s=96&d=mm&r=g',
        },
      ]);
    });

    it('reads the featured image with its sizes as srcset candidates, narrowest first, without duplicates or hard crops', async () => {
      const { image } = await toPost(await loadFixture('wordpress-post.json'), { url });
      expect(image).to.include({
        url: 'https://florin.blog/wp-content/uploads/2026/01/open-models.jpg',
        width: 1600,
        height: 900,
        alt: 'Server racks lit in blue',
      });
      // The 150×150 thumbnail is a hard crop of the 16:9 original, not a smaller copy: left out of srcset.
      expect(image!.candidates!.map((candidate) => candidate.width)).to.deep.equal([300, 768, 1024, 1600]);
      expect(image!.candidates![0]).to.deep.equal({
        url: 'https://florin.blog/wp-content/uploads/2026/01/open-models-300x169.jpg',
        width: 300,
        height: 169,
      });
    });

    it('without _embed media: Jetpack\'s jetpack_featured_media_url, else Yoast\'s og_image with its size', async () => {
      const { _embedded, jetpack_featured_media_url: _jetpack, ...post } = await loadFixture('wordpress-post.json');
      const { 'wp:featuredmedia': _, ...embedded } = _embedded;
      const jetpack = 'https://florin.blog/wp-content/uploads/2026/01/open-models.jpg';
      const og = { url: 'https://florin.blog/wp-content/uploads/2026/01/open-models-og.jpg', width: 1200, height: 675, type: 'image/jpeg' };
      for (const body of [post, { ...post, _embedded: embedded }]) {
        expect((await toPost({ ...body, jetpack_featured_media_url: jetpack }, { url })).image).to.include({ url: jetpack });
        expect((await toPost({ ...body, yoast_head_json: { og_image: [og] } }, { url })).image).to.include({ url: og.url, width: 1200, height: 675 });
        expect((await toPost(body, { url })).image).to.equal(undefined);
      }
    });

    it('reads embedded categories and tags, post_tag as tag, with ids and decoded names', async () => {
      const post = await toPost(await loadFixture('wordpress-post.json'), { url });
      expect(post.terms).to.deep.equal([
        { name: 'Technology', taxonomy: 'category', url: 'https://florin.blog/category/technology/', id: '3' },
        { name: 'AI', taxonomy: 'tag', url: 'https://florin.blog/tag/ai/', id: '7' },
        { name: 'Open source & models', taxonomy: 'tag', url: 'https://florin.blog/tag/open-source/', id: '9' },
      ]);
      expect(post.categoryIds).to.deep.equal(['3']);
      expect(post.tagIds).to.deep.equal(['7', '9']);
    });

    it('takes the language from Polylang', async () => {
      expect((await toPost(await loadFixture('wordpress-post.json'), { url })).language).to.equal('en');
    });

    it('counts words of the content (scripts and styles left out) for the reading time', async () => {
      const post = await toPost(await loadFixture('wordpress-post.json'), { url });
      expect(post.wordCount).to.equal(111);
      expect(post.readingTime).to.equal(1);
    });

    it('gives one minute per 230 words, rounded up', async () => {
      const body = await loadFixture('wordpress-post.json');
      body.content.rendered = `<p>${'word '.repeat(230)}</p>`;
      expect((await toPost(body, { url })).readingTime).to.equal(1);
      body.content.rendered = `<p>${'word '.repeat(231)}</p>`;
      expect((await toPost(body, { url })).readingTime).to.equal(2);
      body.content.rendered = '';
      expect(await toPost(body, { url })).to.include({ wordCount: undefined, readingTime: undefined });
    });

    it('counts Chinese and Japanese characters two to a word', async () => {
      const body = await loadFixture('wordpress-post.json');
      body.content.rendered = '<p>开源模型越来越受欢迎 and some English</p>';
      expect((await toPost(body, { url })).wordCount).to.equal(5 + 3);
    });

    it('reads Jetpack related posts as plain text, keeping their display date as text', async () => {
      const { related } = await toPost(await loadFixture('wordpress-post.json'), { url });
      expect(related).to.have.length(2);
      expect(related![0]).to.deep.include({
        id: '117',
        title: 'Can India build a semiconductor industry? Why it starts with packaging, not fabs',
        url: 'https://florin.blog/2025/12/02/can-india-build-a-semiconductor-industry/',
        excerpt: 'Assembly and testing plants come first & fabs later: the order matters more than the headlines suggest.',
        dateText: 'December 2, 2025',
        image: {
          url: 'https://florin.blog/wp-content/uploads/2025/12/chips.jpg?resize=350%2C200',
          width: 350,
          height: 200,
          alt: undefined,
        },
      });
      expect(related![0].published).to.equal(undefined);
      // Its link was `javascript:`: kept for its title, without a link or an empty image.
      expect(related![1]).to.include({ title: 'Caribbean cannabis industry: the regulation and export story behind the headlines', url: undefined, image: undefined });
    });
  });

  describe('a collection', () => {
    it('reads every post of an array', async () => {
      const collection = await toCollection(await loadFixture('wordpress-posts.json'), { url });
      expect(collection.posts.map((post) => post.id)).to.deep.equal(['131', '117', '109']);
    });

    it('gives no image for featured_media: 0', async () => {
      const [arabic] = (await toCollection(await loadFixture('wordpress-posts.json'), { url })).posts;
      expect(arabic.image).to.equal(undefined);
    });

    it('gives an image without sizes for media_details: {}', async () => {
      const [, india] = (await toCollection(await loadFixture('wordpress-posts.json'), { url })).posts;
      expect(india.image).to.deep.equal({
        url: 'https://florin.blog/wp-content/uploads/2025/12/chips.jpg',
        width: undefined,
        height: undefined,
        alt: undefined,
        candidates: undefined,
      });
    });

    it('skips an embedded author error', async () => {
      const [, india] = (await toCollection(await loadFixture('wordpress-posts.json'), { url })).posts;
      expect(india.authors).to.deep.equal([]);
    });

    it('keeps term ids of a post fetched without _embed, with no nameless terms', async () => {
      const [, , caribbean] = (await toCollection(await loadFixture('wordpress-posts.json'), { url })).posts;
      expect(caribbean.terms).to.deep.equal([]);
      expect(caribbean.authors).to.deep.equal([]);
      expect(caribbean.categoryIds).to.deep.equal(['5', '6']);
      expect(caribbean.tagIds).to.deep.equal(['11', '12']);
    });

    it('reads an Arabic post with its language', async () => {
      const [arabic] = (await toCollection(await loadFixture('wordpress-posts.json'), { url })).posts;
      expect(arabic.language).to.equal('ar');
      expect(arabic.title).to.equal('هل نماذج الذكاء الاصطناعي الصينية مفتوحة المصدر “تفوز” لكونها رخيصة وسهلة النشر؟');
      expect(arabic.terms).to.deep.equal([
        { name: 'تقنية', taxonomy: 'category', url: 'https://florin.blog/category/technology-ar/', id: '4' },
      ]);
    });

    it('picks a post by id or slug, the first by default', async () => {
      const body = await loadFixture('wordpress-posts.json');
      expect((await toPost(body, { url })).id).to.equal('131');
      expect((await toPost(body, { url, id: '117' })).id).to.equal('117');
      expect((await toPost(body, { url, slug: 'caribbean-cannabis-industry' })).id).to.equal('109');
    });

    it('throws not-found for an unknown id and for an empty result', async () => {
      const body = await loadFixture('wordpress-posts.json');
      expect((await rejected(toPost(body, { url, id: '9999' }))).code).to.equal('not-found');
      expect((await rejected(toPost([], { url, slug: 'nope' }))).code).to.equal('not-found');
      expect((await toCollection([], { url })).posts).to.deep.equal([]);
    });

    it('drops items with neither a title nor a link', async () => {
      const body = await loadFixture('wordpress-posts.json');
      delete body[0].title;
      delete body[0].link;
      body[1].title = { rendered: '' };
      const posts = (await toCollection(body, { url })).posts;
      expect(posts.map((post) => post.id)).to.deep.equal(['117', '109']);
      // Untitled but linked: titled by its excerpt.
      expect(posts[0].title).to.equal('Packaging plants are cheaper to build and quicker to staff than fabs.');
    });
  });

  describe('errors', () => {
    it('turns a WordPress error body into not-found', async () => {
      const body = await loadFixture('wordpress-error.json');
      const error = await rejected(toPost(body, { url }));
      expect(error.code).to.equal('not-found');
      expect(error.message).to.contain('rest_post_invalid_id');
    });

    it('turns other WordPress errors into http errors with their status', async () => {
      const error = await rejected(
        toCollection({ code: 'rest_forbidden', message: 'Sorry, you are not allowed to do that.', data: { status: 401 } }, { url, format: 'wordpress' }),
      );
      expect(error.code).to.equal('http');
      expect(error.status).to.equal(401);
    });

    it('titles a single post without a title by its excerpt; unsupported without one', async () => {
      const body = await loadFixture('wordpress-post.json');
      body.title = { rendered: '   ' };
      body.excerpt = { rendered: '<p>An untitled aside.</p>' };
      expect((await toPost(body, { url })).title).to.equal('An untitled aside.');
      body.excerpt = { rendered: '' };
      expect((await rejected(toPost(body, { url }))).code).to.equal('unsupported');
    });
  });

  describe('hostile fields', () => {
    it('keeps markup as text and drops every unsafe URL', async () => {
      const post = await toPost(await loadFixture('wordpress-hostile.json'), { url });
      expect(post.title).to.equal('Hostile <b>title</b>');
      expect(post.excerpt).to.equal('Click');
      expect(post.url).to.equal(undefined);
      expect(post.published).to.equal(undefined);
      expect(post.modified).to.equal(undefined);
      expect(post.language).to.equal(undefined);
      expect(post.image).to.equal(undefined);
      // A WordPress display name is plain text: markup in it is shown, never parsed.
      expect(post.authors).to.deep.equal([
        { name: '<img src=x onerror=alert(1)><script>alert(1)</script>', url: undefined, avatar: undefined },
      ]);
      expect(post.terms).to.deep.equal([{ name: 'Category', taxonomy: 'category', url: undefined, id: '1' }]);
      expect(post.categoryIds).to.deep.equal(['1', '<b>2</b>']);
      expect(post.tagIds).to.equal(undefined);
      expect(post.related).to.deep.equal([]);
      expect(post.wordCount).to.equal(1);
    });

    it('never prints undefined or [object Object]', async () => {
      const post = await toPost(await loadFixture('wordpress-hostile.json'), { url });
      const json = JSON.stringify(post);
      expect(json).not.to.contain('undefined');
      expect(json).not.to.contain('[object');
      expect(json).not.to.match(/javascript:|data:|vbscript:/i);
    });
  });
});
