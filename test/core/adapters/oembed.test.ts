import { expect } from '@open-wc/testing';
import { parseOEmbedJson, parseOEmbedXml } from '../../../src/core/adapters/oembed.js';
import type { OEmbed } from '../../../src/shared/oembed-model.js';
import { api } from '../../helpers.js';
import { thrown } from '../thrown.js';

const PAGE = 'https://video.example/watch/open-models-explainer';

/** An oEmbed request URL of the fixture API for `route`, asking about `page`. */
const oembedUrl = (route: string, format: 'json' | 'xml', page = PAGE) =>
  api(`${route}${route.includes('?') ? '&' : '?'}url=${encodeURIComponent(page)}&format=${format}`);

async function fetchJson(route: string, page?: string): Promise<OEmbed> {
  const response = await fetch(oembedUrl(route, 'json', page));
  return parseOEmbedJson(await response.json(), response.url);
}

async function fetchXml(route: string, page?: string): Promise<OEmbed> {
  const response = await fetch(oembedUrl(route, 'xml', page));
  return parseOEmbedXml(await response.text(), response.url);
}

/** A response URL that names no page: invalid bodies then cannot fall back to a link. */
const NO_PAGE = 'https://provider.example/oembed?format=json';

describe('oEmbed adapter', () => {
  describe('valid responses, JSON and XML alike', () => {
    it('reads a photo', async () => {
      const photo = await fetchJson('oembed/photo?maxwidth=800', 'https://photos.example/peat-bog');
      expect(photo).to.deep.equal({
        type: 'photo',
        title: 'Morning mist over a raised peat bog',
        authorName: 'Daniel Okafor',
        authorUrl: 'https://photos.example/daniel-okafor/',
        providerName: 'Lumen Photos',
        providerUrl: 'https://photos.example/',
        cacheAge: 86400,
        pageUrl: 'https://photos.example/peat-bog',
        url: api('uploads/2025/03/peat-bog-morning-800x450.svg'),
        width: 800,
        height: 450,
      });
      expect(await fetchXml('oembed/photo?maxwidth=800', 'https://photos.example/peat-bog')).to.deep.equal(photo);
    });

    it('reads a video, keeping its html raw as untrustedHtml and its thumbnail', async () => {
      const video = await fetchJson('oembed/video');
      expect(video.type).to.equal('video');
      if (video.type !== 'video') return;
      expect(video.untrustedHtml).to.match(/^<iframe width="480" height="270" src="[^"]+\/oembed\/player\/open-models-explainer"/);
      expect([video.width, video.height]).to.deep.equal([480, 270]);
      expect(video.thumbnail).to.deep.equal({ url: api('uploads/2025/12/open-models-network-480x270.svg'), width: 480, height: 270 });
      expect(video.pageUrl).to.equal(PAGE);
      expect(await fetchXml('oembed/video')).to.deep.equal(video);
    });

    it('reads a rich embed and a link', async () => {
      const rich = await fetchJson('oembed/rich');
      expect(rich).to.include({ type: 'rich', providerName: 'Pollster', width: 500, height: 120 });
      expect(await fetchXml('oembed/rich')).to.deep.equal(rich);

      const link = await fetchJson('oembed/link', 'https://florin.blog/category/technology/');
      expect(link).to.deep.equal({
        type: 'link',
        title: 'Technology – Florin.blog',
        authorName: 'Admin',
        authorUrl: 'https://florin.blog/author/admin/',
        providerName: 'Florin.blog',
        providerUrl: 'https://florin.blog/',
        cacheAge: 3600,
        pageUrl: 'https://florin.blog/category/technology/',
      });
      expect(await fetchXml('oembed/link', 'https://florin.blog/category/technology/')).to.deep.equal(link);
    });

    it("reads WordPress's own response for a Florin.blog post, in English and in Arabic", async () => {
      const permalink = 'https://florin.blog/chinese-open-source-ai-models-cheap-deployable/';
      const post = await fetchJson('wp-json/oembed/1.0/embed', permalink);
      expect(post).to.include({ type: 'rich', providerName: 'Florin.blog', authorName: 'Admin', width: 600, height: 338, pageUrl: permalink });
      if (post.type !== 'rich') return;
      expect(post.untrustedHtml).to.match(/^<blockquote class="wp-embedded-content" data-secret="\w+">/);
      expect(post.untrustedHtml).to.include('<iframe sandbox="allow-scripts" security="restricted"');
      expect(post.thumbnail?.width).to.equal(600);

      const arabic = await fetchXml('wp-json/oembed/1.0/embed', 'https://florin.blog/ar/chinese-open-source-ai-models-ar/');
      expect(arabic.title).to.match(/^هل نماذج الذكاء الاصطناعي الصينية/);
      expect(arabic.authorUrl).to.equal('https://florin.blog/ar/author/admin/');
    });

    it('accepts numbers written as strings, and the version as a JSON number', async () => {
      const video = await fetchJson('oembed/variant/string-numbers');
      expect(video).to.include({ type: 'video', width: 480, height: 270, cacheAge: 3600 });
      expect(video.thumbnail).to.deep.include({ width: 480, height: 270 });
      expect(parseOEmbedJson({ version: 1.0, type: 'link', title: 'Numeric version' }, NO_PAGE)).to.deep.equal({
        type: 'link',
        title: 'Numeric version',
      });
    });

    it('accepts a response without version when the rest is valid (lenient rule)', async () => {
      expect(await fetchJson('oembed/variant/without-version')).to.include({ type: 'link', title: 'A link without a version' });
      const photo = { type: 'photo', url: 'https://photos.example/a.jpg', width: 10, height: 10 };
      expect(parseOEmbedJson(photo, NO_PAGE)).to.deep.equal(photo);
    });

    it('keeps a zero cache age, drops a thumbnail missing one of its three fields, and resolves relative URLs', async () => {
      expect((await fetchJson('oembed/variant/partial-thumbnail')).thumbnail).to.equal(undefined);
      const body = {
        version: '1.0',
        type: 'link',
        cache_age: 0,
        author_url: '/people/admin',
        thumbnail_url: '/images/t.png',
        thumbnail_width: 64,
        thumbnail_height: 64,
      };
      expect(parseOEmbedJson(body, NO_PAGE)).to.deep.equal({
        type: 'link',
        cacheAge: 0,
        authorUrl: 'https://provider.example/people/admin',
        thumbnail: { url: 'https://provider.example/images/t.png', width: 64, height: 64 },
      });
    });
  });

  describe('responses without sizes (X, SoundCloud, TikTok, Reddit send null, nothing or "100%")', () => {
    it('keep their player or image, leaving out the sizes that are not numbers', async () => {
      for (const model of [await fetchJson('oembed/variant/rich-without-size'), await fetchXml('oembed/variant/rich-without-size')]) {
        expect(model).to.deep.include({ type: 'rich', title: 'Markup with no size', untrustedHtml: '<p>Hello</p>' });
        expect(model).not.to.have.any.keys('width', 'height');
      }
      const soundCloud = { version: 1, type: 'rich', html: '<iframe src="https://w.soundcloud.com/player/"></iframe>', width: '100%', height: 400 };
      expect(parseOEmbedJson(soundCloud, NO_PAGE)).to.deep.equal({ type: 'rich', untrustedHtml: soundCloud.html, height: 400 });
      const x = { type: 'rich', html: '<blockquote>…</blockquote>', width: 550, height: null, author_name: 'Pepephone' };
      expect(parseOEmbedJson(x, NO_PAGE)).to.deep.equal({ type: 'rich', untrustedHtml: x.html, width: 550, authorName: 'Pepephone' });
      const photo = { type: 'photo', url: 'https://photos.example/a.jpg' };
      expect(parseOEmbedJson(photo, NO_PAGE)).to.deep.equal(photo);
    });
  });

  describe('invalid responses', () => {
    const invalid = ['photo-without-url', 'photo-javascript-url', 'video-without-html', 'without-type', 'unknown-type', 'version-2'];

    it('become a link card to the requested page, keeping their valid fields', async () => {
      for (const variant of invalid) {
        for (const model of [await fetchJson(`oembed/variant/${variant}`), await fetchXml(`oembed/variant/${variant}`)]) {
          expect(model, variant).to.include({ type: 'link', pageUrl: PAGE });
          expect(model.title, variant).to.be.a('string');
          expect(model, variant).not.to.have.any.keys('url', 'untrustedHtml', 'width', 'height');
        }
      }
    });

    it("are an 'unsupported' error when the page URL is unknown", () => {
      for (const body of [{ version: '1.0', type: 'video', width: 480, height: 270 }, { version: '2.0', type: 'link' }, {}, null, [], 'link']) {
        const error = thrown(() => parseOEmbedJson(body, NO_PAGE));
        expect(error.code, JSON.stringify(body)).to.equal('unsupported');
        expect(error.url).to.equal(NO_PAGE);
      }
      expect(thrown(() => parseOEmbedXml('<response><type>link</type></response>', NO_PAGE)).code).to.equal('unsupported');
    });

    it('keep hostile text as text and drop script and data URLs', async () => {
      const hostile = await fetchJson('oembed/hostile');
      expect(hostile).to.include({
        type: 'rich',
        title: '<img src=x onerror="parent.x=1">A perfectly normal embed',
        authorName: '<script>parent.x = 1</script>Mallory',
        providerName: 'Hostile <b>Embeds</b>',
      });
      expect(hostile).not.to.have.any.keys('authorUrl', 'providerUrl', 'thumbnail');
      expect(await fetchXml('oembed/hostile')).to.deep.equal(hostile);
      expect((window as { x?: unknown }).x).to.equal(undefined);
    });

    it('never take a page URL that is not http(s)', () => {
      const model = parseOEmbedJson({ type: 'link' }, `https://provider.example/oembed?url=${encodeURIComponent('javascript:alert(1)')}`);
      expect(model).to.deep.equal({ type: 'link' });
    });
  });

  describe('XML', () => {
    it('refuses DOCTYPE and ENTITY declarations before parsing (entity bomb, external entity)', async () => {
      for (const route of ['oembed/entity-bomb', 'oembed/external-entity']) {
        const response = await fetch(api(route));
        const text = await response.text();
        const error = thrown(() => parseOEmbedXml(text, response.url));
        expect(error.code, route).to.equal('unsupported');
        expect(error.message).to.match(/DOCTYPE/);
      }
    });

    it("reports a body that is not well-formed as 'malformed'", async () => {
      const response = await fetch(api('oembed/malformed?format=xml'));
      const text = await response.text();
      expect(thrown(() => parseOEmbedXml(text, response.url)).code).to.equal('malformed');
      expect(thrown(() => parseOEmbedXml('', NO_PAGE)).code).to.equal('malformed');
    });

    it('reads escaped and CDATA html, ignores fields holding elements, and keeps the first of duplicates', () => {
      const xml = `<?xml version="1.0" encoding="utf-8" standalone="yes"?>
        <oembed>
          <version>1.0</version><type>rich</type><width>300</width><height>200</height>
          <title>First</title><title>Second</title>
          <author_name><b>Bold</b></author_name>
          <html><![CDATA[<p class="x">Hello & welcome</p>]]></html>
        </oembed>`;
      expect(parseOEmbedXml(xml, NO_PAGE)).to.deep.equal({
        type: 'rich',
        title: 'First',
        untrustedHtml: '<p class="x">Hello & welcome</p>',
        width: 300,
        height: 200,
      });
    });
  });
});
