/**
 * The fixture API itself (test/fixture-api/fixture-api.mjs), mounted by web-test-runner.config.mjs: it must
 * answer like WordPress, JSON Feed and Ghost do, and its faults must really be faulty, or the element
 * tests built on it prove nothing.
 */
import { expect } from '@open-wc/testing';

type Json = Record<string, any>;

/** Both browsers run this file at once against one server: request-log tests use a scope of their own. */
const scope = `/api/~fixture-test-${Math.random().toString(36).slice(2, 10)}`;

async function get(path: string, init?: RequestInit): Promise<{ response: Response; body: any }> {
  const response = await fetch(path, { cache: 'no-store', ...init });
  return { response, body: await response.json() };
}

const ids = (posts: Json[]) => posts.map((post) => post.id);

describe('fixture API', () => {
  describe('WordPress posts collection', () => {
    it('pages like WordPress: X-WP-Total, X-WP-TotalPages, Link and CORS headers', async () => {
      const { response, body } = await get('/api/wp-json/wp/v2/posts?lang=en&per_page=3&page=2');
      expect(response.headers.get('access-control-allow-origin')).to.equal('*');
      expect(response.headers.get('access-control-expose-headers')).to.equal('X-WP-Total, X-WP-TotalPages, Link');
      expect(response.headers.get('x-wp-total')).to.equal('7');
      expect(response.headers.get('x-wp-totalpages')).to.equal('3');
      const link = response.headers.get('link')!;
      expect(link).to.match(/^<http:\/\/[^>]+\/api\/wp-json\/wp\/v2\/posts\?lang=en&per_page=3&page=1>; rel="prev", </);
      expect(link).to.match(/<[^>]+[?&]page=3>; rel="next"$/);
      expect(body).to.have.length(3);
      const dates = body.map((post: Json) => post.date_gmt);
      expect(dates).to.deep.equal([...dates].sort().reverse());
    });

    it('defaults to 10 per page and refuses per_page above 100 with rest_invalid_param', async () => {
      const { body: firstPage } = await get('/api/wp-json/wp/v2/posts');
      expect(firstPage).to.have.length(10);
      const { response, body } = await get('/api/wp-json/wp/v2/posts?per_page=101');
      expect(response.status).to.equal(400);
      expect(body.code).to.equal('rest_invalid_param');
      expect(body.data.status).to.equal(400);
      expect(body.data.params).to.have.property('per_page');
    });

    it('refuses a page past the last one', async () => {
      const { response, body } = await get('/api/wp-json/wp/v2/posts?per_page=100&page=2');
      expect(response.status).to.equal(400);
      expect(body.code).to.equal('rest_post_invalid_page_number');
    });

    it('filters by category, excludes ids and keeps one language', async () => {
      const { body } = await get('/api/wp-json/wp/v2/posts?categories=3&exclude=42&_fields=id,categories,lang');
      expect(ids(body)).to.deep.equal([45, 41, 37]);
      for (const post of body) expect(post.categories).to.include(3);
      const { body: arabic } = await get('/api/wp-json/wp/v2/posts?lang=ar&_fields=id,lang');
      expect(arabic).to.have.length(5);
      expect(arabic.every((post: Json) => post.lang === 'ar')).to.equal(true);
    });

    it('bounds by before/after (site-local without a zone, an instant with one) and sorts ascending', async () => {
      const { body } = await get(
        '/api/wp-json/wp/v2/posts?after=2025-12-03T09:40:00&before=2025-12-11T00:00:00Z&order=asc&_fields=id',
      );
      // Post 42 was published at 09:40 Bucharest time: `after` is exclusive, as in WordPress.
      expect(ids(body)).to.deep.equal([52, 43]);
      const { response } = await get('/api/wp-json/wp/v2/posts?after=2025-12-03');
      expect(response.status).to.equal(400);
    });

    it('finds a post by slug and orders by id', async () => {
      const { body } = await get('/api/wp-json/wp/v2/posts?slug=urban-foxes-and-the-city');
      expect(ids(body)).to.deep.equal([39]);
      const { body: byId } = await get('/api/wp-json/wp/v2/posts?orderby=id&order=asc&per_page=3&_fields=id');
      expect(ids(byId)).to.deep.equal([35, 37, 39]);
    });
  });

  describe('WordPress post objects', () => {
    it('has WordPress fields: zone-less dates, rendered HTML with entities, Polylang translations', async () => {
      const { body } = await get('/api/wp-json/wp/v2/posts/42');
      expect(body.date_gmt).to.equal('2025-12-03T07:40:00');
      expect(body.date).to.equal('2025-12-03T09:40:00');
      expect(body.title.rendered).to.equal('Are Chinese open-source AI models &#8216;winning&#8217; by being cheap and deployable?');
      expect(body.excerpt.rendered).to.match(/^<p>.+<\/p>\n$/);
      expect(body.link).to.equal('https://florin.blog/chinese-open-source-ai-models-cheap-deployable/');
      expect(body.lang).to.equal('en');
      expect(body.translations).to.deep.equal({ en: 42, ar: 52 });
      expect(body._links.self[0].href).to.equal(new URL('/api/wp-json/wp/v2/posts/42', location.href).href);
      expect(body).to.not.have.property('_embedded');
      const { body: automatic } = await get('/api/wp-json/wp/v2/posts/41?_fields=excerpt');
      expect(automatic.excerpt.rendered).to.match(/ \[&hellip;\]<\/p>\n$/);
    });

    it('embeds author, featured media with every size, and [[categories], [tags]] with _embed', async () => {
      const { body } = await get('/api/wp-json/wp/v2/posts/42?_embed');
      const [author] = body._embedded.author;
      expect(author.name).to.equal('Admin');
      expect(Object.keys(author.avatar_urls)).to.deep.equal(['24', '48', '96']);
      const [media] = body._embedded['wp:featuredmedia'];
      expect(Object.keys(media.media_details.sizes)).to.deep.equal(['thumbnail', 'medium', 'medium_large', 'large', 'full']);
      expect(media.source_url).to.equal(media.media_details.sizes.full.source_url);
      const [categories, tags] = body._embedded['wp:term'];
      expect(categories.map((term: Json) => term.name)).to.deep.equal(['Technology']);
      expect(tags.map((term: Json) => term.taxonomy)).to.deep.equal(['post_tag', 'post_tag', 'post_tag']);
    });

    it('serves images at exactly the size the media object announces', async () => {
      const { body } = await get('/api/wp-json/wp/v2/media/212');
      const { width, height, source_url: url } = body.media_details.sizes.medium;
      const response = await fetch(url);
      expect(response.headers.get('content-type')).to.match(/^image\/svg\+xml/);
      const svg = new DOMParser().parseFromString(await response.text(), 'image/svg+xml').documentElement;
      expect([svg.getAttribute('width'), svg.getAttribute('height')]).to.deep.equal([String(width), String(height)]);
    });

    it('reproduces the awkward cases: no featured media, empty media_details, a deleted author', async () => {
      const { body: noImage } = await get('/api/wp-json/wp/v2/posts/39?_embed');
      expect(noImage.featured_media).to.equal(0);
      expect(noImage._embedded).to.not.have.property('wp:featuredmedia');
      const { body: lostDetails } = await get('/api/wp-json/wp/v2/posts/35?_embed');
      expect(lostDetails._embedded['wp:featuredmedia'][0].media_details).to.deep.equal({});
      const { body: orphan } = await get('/api/wp-json/wp/v2/posts/45?_embed=author');
      expect(orphan._embedded.author).to.deep.equal([
        { code: 'rest_user_invalid_id', message: 'Invalid user ID.', data: { status: 404 } },
      ]);
    });

    it('carries Jetpack related posts with plain-text titles and display dates', async () => {
      const { body } = await get('/api/wp-json/wp/v2/posts/42?_fields=jetpack-related-posts');
      const [first] = body['jetpack-related-posts'];
      expect(first).to.include.keys('id', 'url', 'url_meta', 'title', 'date', 'excerpt', 'context', 'img', 'classes');
      expect(first.date).to.equal('November 24, 2025');
      expect(first.url_meta).to.deep.equal({ origin: 42, position: 0 });
      expect(first.img).to.include({ width: 350, height: 200 });
    });

    it('limits fields with _fields, dotted paths included', async () => {
      const { body } = await get('/api/wp-json/wp/v2/posts/42?_fields=id,title.rendered');
      expect(body).to.deep.equal({ id: 42, title: { rendered: body.title.rendered } });
    });

    it('answers an unknown post with WordPress’s 404 error object', async () => {
      const { response, body } = await get('/api/wp-json/wp/v2/posts/999999');
      expect(response.status).to.equal(404);
      expect(body).to.deep.equal({ code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } });
    });

    it('lists YARPP related posts in the same language, the post itself excluded', async () => {
      const { body } = await get('/api/wp-json/yarpp/v1/related/42?limit=2&_fields=id,lang');
      // 41 shares a tag and the category, 43 a tag; the Arabic translation shares nothing.
      expect(body).to.deep.equal([{ id: 41, lang: 'en' }, { id: 43, lang: 'en' }]);
    });
  });

  describe('JSON Feed and Ghost', () => {
    it('serves JSON Feed 1.1 in English and Arabic, and 1.0 with a singular author', async () => {
      const { body: english } = await get('/api/feed.json');
      expect(english.version).to.equal('https://jsonfeed.org/version/1.1');
      expect(english.language).to.equal('en');
      const { body: arabic } = await get('/api/ar/feed.json');
      expect(arabic.language).to.equal('ar');
      expect(arabic.items.map((item: Json) => item.authors?.[0]?.name)).to.include('Daniel Okafor');
      const { body: legacy } = await get('/api/feed-1.0.json');
      expect(legacy.version).to.equal('https://jsonfeed.org/version/1');
      expect(legacy.items[1].author.name).to.equal('Admin');
      expect(legacy.items[1]).to.not.have.property('authors');
    });

    it('serves Ghost posts with pagination meta, includes and slug filters', async () => {
      const { body } = await get('/api/ghost/content/posts/?include=authors,tags&limit=2&page=2');
      expect(body.meta.pagination).to.deep.equal({ page: 2, limit: 2, pages: 4, total: 7, next: 3, prev: 1 });
      expect(body.posts[0].primary_author.name).to.be.a('string');
      expect(body.posts[0].primary_tag.name).to.be.a('string');
      const { body: one } = await get('/api/ghost/content/posts/?filter=slug:urban-foxes-and-the-city');
      expect(one.posts.map((post: Json) => post.slug)).to.deep.equal(['urban-foxes-and-the-city']);
      expect(one.posts[0]).to.not.have.property('authors');
      const { body: arabic } = await get('/api/ghost-ar/content/posts/slug/chinese-open-source-ai-models-ar/');
      expect(arabic.locale).to.equal('ar');
      expect(arabic.posts[0].reading_time).to.be.greaterThan(1);
    });
  });

  describe('request log', () => {
    it('counts requests by path and query, by prefix, and resets by prefix', async () => {
      await fetch(`${scope}/wp-json/wp/v2/posts/42?_embed`, { cache: 'no-store' });
      await fetch(`${scope}/wp-json/wp/v2/posts/42?_embed`, { cache: 'no-store' });
      await fetch(`${scope}/feed.json`, { cache: 'no-store' });
      const { body: all } = await get('/api/__log');
      expect(all.requests[`${scope}/wp-json/wp/v2/posts/42?_embed`]).to.equal(2);
      const { body: posts } = await get(`/api/__log?path=${encodeURIComponent(`${scope}/wp-json/`)}`);
      expect(posts).to.deep.equal({ path: `${scope}/wp-json/`, count: 2 });
      await fetch(`/api/__log/reset?path=${encodeURIComponent(scope)}`, { method: 'POST' });
      const { body: after } = await get(`/api/__log?path=${encodeURIComponent(scope)}`);
      expect(after.count).to.equal(0);
    });

    it('serves a scope like the root, with links that keep the scope', async () => {
      const { body } = await get(`${scope}/wp-json/wp/v2/posts/42?_fields=_links.self`);
      expect(body._links.self[0].href).to.equal(new URL(`${scope}/wp-json/wp/v2/posts/42`, location.href).href);
    });
  });

  describe('faults', () => {
    it('answers status/{code} with that status and a WordPress error body', async () => {
      const { response, body } = await get('/api/faults/status/503');
      expect(response.status).to.equal(503);
      expect(body.data.status).to.equal(503);
      expect(body.code).to.be.a('string');
    });

    it('sends truncated JSON that really fails to parse', async () => {
      const response = await fetch('/api/faults/truncated');
      expect(response.headers.get('content-type')).to.match(/^application\/json/);
      const text = await response.text();
      expect(text.startsWith('{"id":42')).to.equal(true);
      expect(() => JSON.parse(text)).to.throw(SyntaxError);
    });

    it('streams more than 5 MB for huge', async () => {
      const buffer = await (await fetch('/api/faults/huge')).arrayBuffer();
      expect(buffer.byteLength).to.be.greaterThan(5 * 1024 * 1024);
    });

    it('labels JSON as text/plain for not-json-type, and sends a page for html', async () => {
      const notJson = await fetch('/api/faults/not-json-type');
      expect(notJson.headers.get('content-type')).to.match(/^text\/plain/);
      expect(JSON.parse(await notJson.text()).id).to.equal(42);
      const page = await fetch('/api/faults/html');
      expect(page.status).to.equal(200);
      expect(page.headers.get('content-type')).to.match(/^text\/html/);
    });

    it('never answers hang (not within 500 ms), and lets the client abort', async () => {
      const controller = new AbortController();
      const request = fetch(`/api/faults/hang?t=${Math.random()}`, { signal: controller.signal }).then(
        () => 'answered',
        (error: Error) => error.name,
      );
      const first = await Promise.race([request, new Promise((resolve) => setTimeout(() => resolve('waiting'), 500))]);
      expect(first).to.equal('waiting');
      controller.abort();
      expect(await request).to.equal('AbortError');
    });

    it('answers slow with a valid post after the delay', async () => {
      const { response, body } = await get('/api/faults/slow?ms=50');
      expect(response.status).to.equal(200);
      expect(body.id).to.equal(42);
    });

    it('puts markup and non-http URLs in every field of hostile', async () => {
      const { body } = await get('/api/faults/hostile');
      expect(body.title.rendered).to.include('onerror=alert(1)');
      expect(body.link).to.match(/^javascript:/);
      expect(body._embedded.author[0].link).to.match(/javascript:/i);
      expect(body._embedded['wp:featuredmedia'][0].source_url).to.match(/^javascript:/);
      expect(body._embedded['wp:term'][0][0].link).to.match(/^javascript:/);
    });

    it('sends a minimal post and an empty collection', async () => {
      const { body: minimal } = await get('/api/faults/minimal');
      expect(Object.keys(minimal).sort()).to.deep.equal(['id', 'link', 'title']);
      const { response, body: empty } = await get('/api/faults/empty-collection');
      expect(empty).to.deep.equal([]);
      expect(response.headers.get('x-wp-total')).to.equal('0');
    });
  });
});
