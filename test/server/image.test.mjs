/**
 * The `/image` route: real image files (image-size's and Pillow's test suites, test/fixtures/real/images/) and
 * what an abuser would send instead: bytes that are not an image, a decompression bomb, slow and endless bodies,
 * private addresses directly and through redirects. Nothing of the reader (cookies, referrer) goes upstream.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { testProxy } from './helpers/proxy.mjs';

const image = (name) => readFileSync(new URL(`../fixtures/real/images/${name}`, import.meta.url));

/** Real files, and the type the proxy must answer with whatever the upstream claims. */
const REAL = {
  'pillow-hopper.png': 'image/png',
  'pillow-hopper.jpg': 'image/jpeg',
  'pillow-hopper.gif': 'image/gif',
  'pillow-hopper.webp': 'image/webp',
  'image-size-extended.webp': 'image/webp',
  'image-size-sample.avif': 'image/avif',
  'image-size-large.jpg': 'image/jpeg',
};

async function startImageOrigin() {
  const seen = [];
  const cutOff = new Set();
  const server = createServer((req, res) => {
    seen.push({ url: req.url, headers: req.headers });
    const url = new URL(req.url, 'http://origin.test');
    const name = url.pathname.slice(1);
    if (name === 'page') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!doctype html><title>A video</title><link rel="alternate" type="application/json+oembed" href="/oembed.json">');
    } else if (name === 'oembed.json') {
      const thumbnail = `http://origin.test:${server.address().port}/pillow-hopper.png`;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ version: '1.0', type: 'video', html: '<iframe src="https://player.example/1"></iframe>', width: 640, height: 360,
        thumbnail_url: thumbnail, thumbnail_width: 128, thumbnail_height: 128 }));
    } else if (name === 'redirect') {
      res.writeHead(302, { Location: url.searchParams.get('to') }).end();
    } else if (name === 'secret.png') {
      res.writeHead(200, { 'Content-Type': 'image/png' }).end(image('pillow-hopper.png'));
    } else if (name === 'slow.png') {
      // Headers and the PNG signature, then nothing.
      res.writeHead(200, { 'Content-Type': 'image/png' });
      res.write(image('pillow-hopper.png').subarray(0, 40));
    } else if (name === 'endless.png') {
      res.writeHead(200, { 'Content-Type': 'image/png' });
      res.write(image('pillow-hopper.png'));
      res.on('close', () => res.writableEnded || cutOff.add(name));
      const filler = Buffer.alloc(64 * 1024);
      let left = 256;
      const pump = () => {
        while (left-- > 0 && !res.destroyed) if (!res.write(filler)) return void res.once('drain', pump);
        if (!res.destroyed) res.end();
      };
      pump();
    } else if (name === 'lying-length.png') {
      res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': String(64 * 1024 * 1024) });
      res.write(image('pillow-hopper.png').subarray(0, 100));
      res.on('close', () => res.writableEnded || cutOff.add(name));
    } else if (name === 'page.png') {
      // An HTML page that says it is a PNG.
      res.writeHead(200, { 'Content-Type': 'image/png' }).end('<!doctype html><script>alert(document.domain)</script>');
    } else if (name === 'drawing.svg') {
      res.writeHead(200, { 'Content-Type': 'image/svg+xml' }).end(image('image-size-single-quotes.svg'));
    } else if (name === 'bomb.gif') {
      res.writeHead(200, { 'Content-Type': 'image/gif' }).end(image('pillow-decompression_bomb.gif'));
    } else if (name === 'missing.png') {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    } else if (name in REAL) {
      // Labelled wrongly on purpose: the bytes decide. A cookie the proxy must not pass on.
      res.writeHead(200, {
        'Content-Type': url.searchParams.get('type') ?? 'application/octet-stream',
        'Set-Cookie': 'tracker=1; Path=/',
        'Cache-Control': url.searchParams.get('cc') ?? 'max-age=600',
      });
      res.end(image(name));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    port,
    url: `http://origin.test:${port}`,
    seen,
    hits: (path) => seen.filter((request) => request.url.startsWith(path)).length,
    wasCutOff: (name) => cutOff.has(name),
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
  };
}

const imagePath = (target) => `/image?url=${encodeURIComponent(target)}`;

describe('/image', () => {
  let origin;
  let proxy;

  before(async () => {
    origin = await startImageOrigin();
    proxy = testProxy({ timeout: 1500, allowHosts: [`origin.test:${origin.port}`] });
  });
  after(() => origin.close());

  it('serves each real image with the type its bytes show, whatever the upstream labelled it', async () => {
    for (const [name, type] of Object.entries(REAL)) {
      const response = await proxy.get(imagePath(`${origin.url}/${name}?type=text/html`));
      assert.equal(response.status, 200, name);
      assert.equal(response.headers.get('content-type'), type, name);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', name);
      assert.deepEqual(Buffer.from(await response.arrayBuffer()), image(name), name);
    }
  });

  it('passes on no cookie and no referrer, either way', async () => {
    const response = await proxy.get(imagePath(`${origin.url}/pillow-hopper.png?fresh=cookies`), {
      headers: { cookie: 'session=reader', referer: 'https://blog.example/private-post', origin: 'https://blog.example' },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('set-cookie'), null);
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    const upstream = origin.seen.find((request) => request.url.includes('fresh=cookies'));
    assert.equal(upstream.headers.cookie, undefined);
    assert.equal(upstream.headers.referer, undefined);
    assert.equal(upstream.headers.origin, undefined);
  });

  it('is cached: a second request does not reach the upstream, and CDNs get Cache-Control and an ETag', async () => {
    const path = imagePath(`${origin.url}/pillow-hopper.jpg?cc=max-age%3D600`);
    const first = await proxy.get(path);
    const second = await proxy.get(path);
    assert.equal(first.status, 200);
    assert.equal(second.status, 200);
    assert.equal(origin.hits('/pillow-hopper.jpg?cc='), 1);
    assert.match(second.headers.get('cache-control'), /^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/);
    const etag = second.headers.get('etag');
    assert.ok(etag);
    assert.equal((await proxy.get(path, { headers: { 'if-none-match': etag } })).status, 304);
  });

  it('refuses bytes that are not an image: an HTML page labelled PNG, and SVG (which can carry script)', async () => {
    for (const name of ['page.png', 'drawing.svg']) {
      const response = await proxy.get(imagePath(`${origin.url}/${name}`));
      assert.equal(response.status, 422, name);
      assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8', name);
      assert.equal((await response.json()).error, 'invalid-upstream', name);
    }
  });

  it('refuses a decompression bomb: Pillow’s 44-byte GIF whose frame reaches 65535×66601 pixels', async () => {
    const response = await proxy.get(imagePath(`${origin.url}/bomb.gif`));
    assert.equal(response.status, 422);
    assert.match((await response.json()).message, /65535×66601/);
  });

  it('refuses an image larger than maxImageBytes, and stops downloading it', async () => {
    const small = testProxy({ maxImageBytes: 100_000, allowHosts: [`origin.test:${origin.port}`] });
    assert.equal((await small.get(imagePath(`${origin.url}/image-size-large.jpg`))).status, 422);
    assert.equal((await small.get(imagePath(`${origin.url}/lying-length.png`))).status, 422);
    assert.equal((await proxy.get(imagePath(`${origin.url}/endless.png`))).status, 422);
    // The endless body was cut off, not read to its end.
    for (let i = 0; i < 100 && !origin.wasCutOff('endless.png'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.ok(origin.wasCutOff('endless.png'));
  });

  it('ends a slow image at the timeout', async () => {
    const response = await proxy.get(imagePath(`${origin.url}/slow.png`));
    assert.equal(response.status, 504);
    assert.equal((await response.json()).error, 'upstream-timeout');
  });

  it('refuses private addresses, directly and as the target of a redirect, without reaching them', async () => {
    for (const target of ['http://127.0.0.1/secret.png', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/secret.png', 'file:///etc/passwd']) {
      const response = await proxy.get(imagePath(target));
      assert.ok([400, 403].includes(response.status), `${target}: ${response.status}`);
    }
    // evil.test resolves to 127.0.0.1, on the origin's very port: only the address check stands in the way.
    const secret = `http://evil.test:${origin.port}/secret.png`;
    assert.equal((await proxy.get(imagePath(secret))).status, 403);
    assert.equal((await proxy.get(imagePath(`${origin.url}/redirect?to=${encodeURIComponent(secret)}`))).status, 403);
    assert.equal(origin.hits('/secret.png'), 0);
  });

  it('answers an upstream 404 with 404', async () => {
    assert.equal((await proxy.get(imagePath(`${origin.url}/missing.png`))).status, 404);
  });
});

describe('oEmbed answers point their images at /image', () => {
  let origin;
  before(async () => (origin = await startImageOrigin()));
  after(() => origin.close());

  it('rewrites the thumbnail to a URL relative to the answer, which resolves to the proxy’s /image route', async () => {
    const proxy = testProxy({ basePath: '/embeds', allowHosts: [`origin.test:${origin.port}`] });
    const thumbnail = `${origin.url}/pillow-hopper.png`;
    const answerUrl = `http://proxy.test/embeds/oembed?url=${encodeURIComponent(`${origin.url}/page`)}`;
    const body = await (await proxy.get(new URL(answerUrl).pathname + new URL(answerUrl).search)).json();
    assert.equal(body.thumbnail_url, `image?url=${encodeURIComponent(thumbnail)}`);
    // Resolved against the answer's URL, as clients do: the proxy's own /image, which serves the thumbnail.
    const resolved = new URL(body.thumbnail_url, answerUrl);
    assert.equal(resolved.pathname, '/embeds/image');
    const served = await proxy.get(resolved.pathname + resolved.search);
    assert.equal(served.status, 200);
    assert.deepEqual(Buffer.from(await served.arrayBuffer()), image('pillow-hopper.png'));
  });

  it('leaves them alone with proxyImages: false', async () => {
    const proxy = testProxy({ proxyImages: false, allowHosts: [`origin.test:${origin.port}`] });
    const body = await (await proxy.get(`/oembed?url=${encodeURIComponent(`${origin.url}/page`)}`)).json();
    assert.equal(body.thumbnail_url, `${origin.url}/pillow-hopper.png`);
  });
});
