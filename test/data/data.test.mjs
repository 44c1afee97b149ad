// post-embeds/data in Node, against the fixture API: for each source an element reads, `loadPost`, `loadPosts`,
// `loadOEmbed` and `loadCitations` return the very model that the element's `.data` holds in Chromium for the same
// source (WordPress by id and by slug, JSON Feed 1.1 and 1.0, Arabic JSON Feed, Ghost, a WordPress collection,
// oEmbed JSON and XML, CSL-JSON), and fail with the same `PostEmbedsError` code. Node with no DOM: the HTML
// fields go through the DOM-free parser. Needs `npm run build` (dist/data/index.js, dist/post-embeds.min.js).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { handleFixtureApi } from '../fixture-api/fixture-api.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const data = await import('../../dist/data/index.js');

let server;
let base;
let browser;
let page;

before(async () => {
  server = createServer(async (req, res) => {
    if (await handleFixtureApi(req, res)) return;
    const { pathname } = new URL(req.url, 'http://localhost');
    if (pathname === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>data</title><script type="module" src="/dist/post-embeds.min.js"></script>');
    // dist/ (the bundle and its chunks) and test/fixtures/ (CSL-JSON).
    const file = path.join(ROOT, path.normalize(pathname));
    const allowed = file.startsWith(path.join(ROOT, 'dist')) || file.startsWith(path.join(ROOT, 'test/fixtures'));
    const body = allowed ? await readFile(file).catch(() => undefined) : undefined;
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'application/json' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  page = await browser.newPage();
  await page.goto(`${base}/`);
  await page.waitForFunction(() => customElements.get('post-card'));
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The element's `.data` (as JSON) once ready, or its error code. */
async function inBrowser(tag, attributes) {
  return page.evaluate(async (tag, attributes) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.setAttribute('loading', 'eager');
    const settled = new Promise((resolve) => {
      element.addEventListener('load', () => resolve({ data: JSON.parse(JSON.stringify(element.data)) }), { once: true });
      element.addEventListener('error', (event) => resolve({ code: event.detail.error.code }), { once: true });
    });
    document.body.append(element);
    const result = await settled;
    element.remove();
    return result;
  }, tag, attributes);
}

/** What post-embeds/data gives, in the same shape. */
const inNode = (load, source) =>
  load(source).then(
    (model) => ({ data: JSON.parse(JSON.stringify(model)) }),
    (error) => {
      assert.equal(error.name, 'PostEmbedsError', `${error.name}: ${error.message}`);
      return { code: error.code };
    },
  );

const api = (route) => `${base}/api/${route}`;

describe('post-embeds/data gives the model the element shows, without a DOM', () => {
  const cases = [
    ['loadPost: WordPress by id', 'post-card', () => ({ endpoint: api('wp-json'), 'post-id': '42' }), () => ({ endpoint: api('wp-json'), postId: '42' }), 'loadPost'],
    ['loadPost: WordPress by slug', 'post-card', () => ({ endpoint: api('wp-json'), slug: 'chinese-open-source-ai-models-cheap-deployable' }), () => ({ endpoint: api('wp-json'), slug: 'chinese-open-source-ai-models-cheap-deployable' }), 'loadPost'],
    ['loadPost: JSON Feed 1.1, first item', 'post-card', () => ({ src: api('feed.json') }), () => ({ src: api('feed.json') }), 'loadPost'],
    ['loadPost: JSON Feed 1.0', 'post-card', () => ({ src: api('feed-1.0.json') }), () => ({ src: api('feed-1.0.json') }), 'loadPost'],
    ['loadPost: Arabic JSON Feed', 'post-card', () => ({ src: api('ar/feed.json') }), () => ({ src: api('ar/feed.json') }), 'loadPost'],
    ['loadPost: Ghost', 'post-card', () => ({ src: api('ghost/content/posts/?limit=1') }), () => ({ src: api('ghost/content/posts/?limit=1') }), 'loadPost'],
    ['loadPost: a missing post is the same http error', 'post-card', () => ({ endpoint: api('wp-json'), 'post-id': '999999' }), () => ({ endpoint: api('wp-json'), postId: '999999' }), 'loadPost'],
    ['loadPosts: related by WordPress terms', 'related-posts', () => ({ endpoint: api('wp-json'), 'post-id': '42', limit: '2' }), () => ({ endpoint: api('wp-json'), postId: '42', limit: 2 }), 'loadPosts'],
    ['loadPosts: a JSON Feed collection', 'related-posts', () => ({ src: api('feed.json') }), () => ({ src: api('feed.json') }), 'loadPosts'],
    ['loadPost: an RSS 2.0 feed (WordPress), first item', 'post-card', () => ({ src: api('feed/') }), () => ({ src: api('feed/') }), 'loadPost'],
    ['loadPost: an Atom 1.0 feed', 'post-card', () => ({ src: api('feed/atom/') }), () => ({ src: api('feed/atom/') }), 'loadPost'],
    ['loadPosts: an Arabic RSS feed', 'related-posts', () => ({ src: api('ar/feed/') }), () => ({ src: api('ar/feed/') }), 'loadPosts'],
    ['loadOEmbed: JSON', 'oembed-preview', () => ({ url: 'https://video.example/watch/open-models-explainer', endpoint: api('oembed/video') }), () => ({ url: 'https://video.example/watch/open-models-explainer', endpoint: api('oembed/video') }), 'loadOEmbed'],
    ['loadOEmbed: XML', 'oembed-preview', () => ({ url: 'https://video.example/watch/open-models-explainer', endpoint: api('oembed/video'), format: 'xml' }), () => ({ url: 'https://video.example/watch/open-models-explainer', endpoint: api('oembed/video'), format: 'xml' }), 'loadOEmbed'],
    ['loadCitations: CSL-JSON', 'source-citation', () => ({ src: `${base}/test/fixtures/zotero-export.json` }), () => ({ src: `${base}/test/fixtures/zotero-export.json` }), 'loadCitations'],
  ];
  for (const [name, tag, attributes, source, loader] of cases) {
    it(name, async () => {
      const [browserResult, nodeResult] = await Promise.all([inBrowser(tag, attributes()), inNode(data[loader], source())]);
      assert.ok(browserResult.data || browserResult.code, 'the element settled');
      assert.deepEqual(nodeResult, browserResult);
    });
  }

  it('a relative URL is a config error (there is no document to resolve it against)', async () => {
    await assert.rejects(data.loadPost({ src: '/feed.json' }), { name: 'PostEmbedsError', code: 'config' });
  });

  it('runs without a DOM and without Lit', async () => {
    assert.equal(typeof globalThis.document, 'undefined');
    const text = await readFile(path.join(ROOT, 'dist/data/index.js'), 'utf8');
    assert.doesNotMatch(text, /from ['"]lit/);
  });
});
