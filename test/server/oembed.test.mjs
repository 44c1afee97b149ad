import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { compileProviders, loadRegistry } from '../../dist/server/providers.js';
import { startTestOrigin } from './helpers/origin.mjs';
import { route, testProxy } from './helpers/proxy.mjs';

/** The element names and texts of a flat oEmbed XML answer. */
function xmlFields(xml) {
  return Object.fromEntries([...xml.matchAll(/<(\w+)>([^<]*)<\/\1>/g)].map(([, name, text]) => [name, text]));
}

describe('GET /oembed', () => {
  let origin;
  let proxy;
  before(async () => {
    origin = await startTestOrigin();
    proxy = testProxy({
      // A registry entry for the origin's photos, in the oembed-providers format.
      providers: [
        {
          provider_name: 'Origin Photos',
          endpoints: [{ schemes: [`http://origin.test:${origin.port}/photos/*`], url: `http://origin.test:${origin.port}/oembed` }],
        },
      ],
    });
  });
  after(() => origin.close());

  it('asks the registry provider directly, without fetching the page', async () => {
    const page = `${origin.url}/photos/peat-bog-morning`;
    const response = await proxy.get(route('oembed', page));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^application\/json/);
    const body = await response.json();
    assert.equal(body.type, 'photo');
    // Through the proxy's /image route (proxyImages, the default), relative to the answer.
    assert.equal(body.url, `image?url=${encodeURIComponent(`${origin.url}/images/peat-bog-morning.svg`)}`);
    assert.equal(origin.hits('/photos/'), 0, 'the page itself was never requested');
    assert.equal(origin.hits(`/oembed?url=${encodeURIComponent(page)}&format=json`), 1);
  });

  it('finds YouTube in the bundled oembed.com registry, and keeps host wildcards inside the host', async () => {
    const lookup = await loadRegistry();
    assert.deepEqual(lookup(new URL('https://www.youtube.com/watch?v=dQw4w9WgXcQ')), {
      url: 'https://www.youtube.com/oembed',
      format: 'json',
    });
    assert.equal(lookup(new URL('https://vimeo.com/76979871'))?.url, 'https://vimeo.com/api/oembed.json');
    assert.equal(lookup(new URL('https://evil.example/?.youtube.com/watch')), undefined);
    assert.equal(lookup(new URL('https://example.com/article')), undefined);
  });

  it("compiles wildcards by the same rules as the elements' registry, keeping http-only endpoints", async () => {
    const registry = await loadRegistry();
    assert.equal(registry(new URL('https://www.canva.com/design/DAF1/view'))?.url, 'https://www.canva.com/_oembed');
    assert.equal(registry(new URL('https://www.canva.com/design/DAF1/other/view')), undefined, 'an inner * is one path segment');

    const lookup = compileProviders([
      { provider_name: 'Old', endpoints: [{ schemes: ['http://old.example/v/*'], url: 'http://old.example/oembed.{format}', formats: ['xml'] }] },
    ]);
    assert.deepEqual(lookup(new URL('http://old.example/v/1')), { url: 'http://old.example/oembed.xml', format: 'xml' });
    assert.equal(lookup(new URL('https://old.example/v/1')), undefined);
  });

  it("reads text by the elements' rules: WordPress character references decoded once, first XML field wins", async () => {
    const json = await proxy.get(route('oembed', `${origin.url}/faults/page?oembed=/faults/oembed/wordpress-text`));
    assert.equal(json.status, 200);
    assert.equal((await json.json()).title, 'Are they ‘winning’ &lt;cheaply&gt;?');

    const xml = await proxy.get(route('oembed', `${origin.url}/faults/page?oembed=/faults/oembed/repeated-xml&type=xml`));
    assert.equal(xml.status, 200);
    assert.deepEqual(await xml.json(), { type: 'link', version: '1.0', title: 'First', provider_name: 'Provider' });
  });

  it('discovers the endpoint from the page head (WordPress JSON link) and answers JSON', async () => {
    const response = await proxy.get(route('oembed', `${origin.url}/chinese-open-source-ai-models-cheap-deployable/`));
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.type, 'rich');
    assert.equal(body.version, '1.0');
    assert.equal(body.provider_name, 'Florin.blog');
    assert.equal(body.title, 'Are Chinese open-source AI models ‘winning’ by being cheap and deployable?');
    assert.match(body.html, /^<blockquote class="wp-embedded-content"/);
    assert.deepEqual([body.width, body.height], [600, 338]);
  });

  it('discovers the endpoint from the HTTP Link header', async () => {
    const response = await proxy.get(route('oembed', `${origin.url}/videos/sunrise-over-the-dunes`));
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.type, 'video');
    assert.equal(body.author_name, 'Daniel Okafor');
    assert.match(body.html, /^<iframe src="http:\/\/origin\.test:\d+\/player\/sunrise-over-the-dunes"/);
  });

  it('turns an upstream XML answer into JSON, and a JSON one into oEmbed XML', async () => {
    // The photo page advertises only text/xml+oembed (and this proxy has no registry entry for it).
    const fromXml = await testProxy().get(route('oembed', `${origin.url}/photos/peat-bog-morning?via=discovery`));
    assert.equal(fromXml.status, 200);
    const photo = await fromXml.json();
    assert.deepEqual([photo.type, photo.width, photo.height], ['photo', 1200, 800]);
    assert.equal(origin.hits('/photos/peat-bog-morning?via=discovery'), 1, 'found through the page');

    const toXml = await proxy.get(route('oembed', `${origin.url}/videos/sunrise-over-the-dunes`, '&format=xml'));
    assert.equal(toXml.status, 200);
    assert.match(toXml.headers.get('content-type'), /^text\/xml/);
    const xml = await toXml.text();
    assert.match(xml, /^<\?xml version="1\.0" encoding="utf-8" standalone="yes"\?>\n<oembed>/);
    const fields = xmlFields(xml);
    assert.equal(fields.type, 'video');
    assert.equal(fields.width, '640');
    assert.match(fields.html, /^&lt;iframe src=/, 'the html field is escaped text');
  });

  it('passes maxwidth on to the provider, and keeps Arabic text intact in XML', async () => {
    const response = await proxy.get(
      route('oembed', `${origin.url}/ar/chinese-open-source-ai-models-ar/`, '&format=xml&maxwidth=300'),
    );
    assert.equal(response.status, 200);
    const fields = xmlFields(await response.text());
    assert.equal(fields.title, 'هل نماذج الذكاء الاصطناعي الصينية مفتوحة المصدر “تفوز” لكونها رخيصة وسهلة النشر؟');
    assert.deepEqual([fields.width, fields.height], ['300', '169']);
  });

  it('passes on a rich response without sizes (an X post), leaving out the height it lacks', async () => {
    const response = await proxy.get(route('oembed', `${origin.url}/faults/page?oembed=/faults/oembed/post-without-height`));
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {
      type: 'rich',
      version: '1.0',
      author_name: 'Pepephone',
      width: 550,
      html: '<blockquote>Hi</blockquote>',
    });
  });

  it('normalizes what it passes on: numbers from strings, spec fields only, unsafe URLs dropped', async () => {
    const response = await proxy.get(route('oembed', `${origin.url}/faults/page?oembed=/faults/oembed/untidy`));
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {
      type: 'video',
      version: '1.0',
      title: 'A <b>title</b>',
      provider_url: `${origin.url}/relative/provider`,
      cache_age: 60,
      width: 640,
      height: 360,
      html: '<iframe src="https://player.example/1"></iframe>',
    });
  });

  for (const [name, why] of [
    ['malformed-json', 'truncated JSON'],
    ['malformed-xml', 'XML that is not well-formed'],
    ['doctype-xml', 'XML with a DOCTYPE and entities'],
    ['photo-without-url', 'a photo without url'],
    ['rich-without-html', 'a rich type without html'],
    ['version-2', 'another oEmbed version'],
    ['not-an-object', 'a JSON array'],
    ['html-page', 'an HTML page'],
    ['binary-content-type', 'a content type that is not text'],
  ]) {
    it(`answers 422 for ${why}`, async () => {
      const type = name.includes('xml') ? '&type=xml' : '';
      const response = await proxy.get(route('oembed', `${origin.url}/faults/page?oembed=/faults/oembed/${name}${type}`));
      assert.equal(response.status, 422);
      assert.equal((await response.json()).error, 'invalid-upstream');
    });
  }

  it('reads a JSON answer labelled text/html by its body, as real providers send them (issue 10)', async () => {
    const response = await proxy.get(route('oembed', `${origin.url}/faults/page?oembed=/faults/oembed/html-content-type`));
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { type: 'link', version: '1.0', title: 'Mislabelled' });
  });

  it('answers 404 when nothing provides an oEmbed, and when the page does not exist', async () => {
    const none = await proxy.get(route('oembed', `${origin.url}/samples/open-graph`));
    assert.equal(none.status, 404);
    assert.equal((await none.json()).error, 'not-found');
    const missing = await proxy.get(route('oembed', `${origin.url}/no/such/page`));
    assert.equal(missing.status, 404);
  });

  it('answers 400 for a missing or non-http url, 400 for a bad maxwidth, 501 for another format', async () => {
    for (const path of ['/oembed', '/oembed?url=notaurl', route('oembed', 'ftp://origin.test/file'), route('oembed', 'javascript:alert(1)')]) {
      const response = await proxy.get(path);
      assert.equal(response.status, 400, path);
      assert.equal((await response.json()).error, 'bad-url');
    }
    const badWidth = await proxy.get(route('oembed', `${origin.url}/videos/sunrise-over-the-dunes`, '&maxwidth=-3'));
    assert.equal(badWidth.status, 400);
    const format = await proxy.get(route('oembed', `${origin.url}/videos/sunrise-over-the-dunes`, '&format=yaml'));
    assert.equal(format.status, 501);
  });
});
