import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, afterEach, before, describe, it, mock } from 'node:test';
import { createNodeListener } from '../../dist/server/node.js';
import { startTestOrigin } from './helpers/origin.mjs';
import { eventually, route, testProxy, testResolver } from './helpers/proxy.mjs';

describe('CDN-ready answers', () => {
  let origin;
  before(async () => {
    origin = await startTestOrigin();
  });
  after(() => origin.close());
  afterEach(() => mock.timers.reset());

  const counted = (query) => `${origin.url}/faults/page?oembed=${encodeURIComponent(`/faults/counted-oembed${query}`)}`;

  it('takes Cache-Control from the upstream: max-age, s-maxage and its stale-while-revalidate', async () => {
    const { get } = testProxy();
    const response = await get(route('oembed', counted('?case=cc&cc=max-age%3D300%2C%20stale-while-revalidate%3D30')));
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300, s-maxage=300, stale-while-revalidate=30');
    assert.equal(response.headers.get('vary'), null);
  });

  it('sends a strong ETag and answers 304 to a matching If-None-Match, JSON and XML apart', async () => {
    const { get } = testProxy();
    const target = route('oembed', counted('?case=etag'));
    const first = await get(target);
    const etag = first.headers.get('etag');
    assert.match(etag, /^"[\w-]{22}"$/);

    const again = await get(target, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    assert.equal(again.headers.get('etag'), etag);
    assert.match(again.headers.get('cache-control'), /^public, max-age=\d+/);
    assert.equal((await get(target, { headers: { 'if-none-match': `"other", W/${etag}` } })).status, 304);
    assert.equal((await get(target, { headers: { 'if-none-match': '"other"' } })).status, 200);

    const xml = await get(`${target}&format=xml`);
    const xmlTag = xml.headers.get('etag');
    assert.notEqual(xmlTag, etag);
    assert.equal((await get(`${target}&format=xml`, { headers: { 'if-none-match': etag } })).status, 200);
    assert.equal((await get(`${target}&format=xml`, { headers: { 'if-none-match': xmlTag } })).status, 304);
    assert.equal(origin.hits('/faults/counted-oembed?case=etag'), 1);
  });

  it('gives the same ETag to the same answer and a new one when the answer changes', async () => {
    const { get } = testProxy({ cache: false });
    const target = route('oembed', counted('?case=changes&numbered'));
    const first = await get(target);
    const second = await get(target);
    assert.notEqual(first.headers.get('etag'), second.headers.get('etag'));
    const { get: other } = testProxy({ cache: false });
    const fixed = route('oembed', counted('?case=same'));
    assert.equal((await get(fixed)).headers.get('etag'), (await other(fixed)).headers.get('etag'));
  });

  it('serves a stale answer at once while one request revalidates it, then the new one', async () => {
    mock.timers.enable({ apis: ['Date'], now: Date.now() });
    const { get } = testProxy();
    const target = route('oembed', counted('?case=swr&numbered&cc=max-age%3D60'));
    assert.equal((await (await get(target)).json()).title, 'Counted 1');

    mock.timers.tick(90_000); // past max-age, within the stale window (as long again)
    const stale = await get(target);
    assert.equal((await stale.json()).title, 'Counted 1');
    assert.equal(stale.headers.get('cache-control'), 'public, max-age=0, s-maxage=0, stale-while-revalidate=30');
    await get(target); // still stale: no second revalidation
    assert.ok(await eventually(async () => (await (await get(target)).json()).title === 'Counted 2'));
    assert.equal(origin.hits('/faults/counted-oembed?case=swr'), 2);

    mock.timers.tick(200_000); // past the stale window too: fetched before answering
    assert.equal((await (await get(target)).json()).title, 'Counted 3');
  });

  it('varies on Origin only with an allow-list', async () => {
    const { get } = testProxy({ allowOrigin: ['https://blog.example'] });
    const response = await get(route('oembed', counted('?case=vary')), { headers: { origin: 'https://blog.example' } });
    assert.equal(response.headers.get('vary'), 'Origin');
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://blog.example');
  });

  it('writes the same answers on the Node listener, 304s and HEAD included', async () => {
    const listener = createNodeListener({ resolve: testResolver, allowHosts: ['origin.test'], rateLimit: false });
    const server = createServer((request, response) => void listener(request, response));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${server.address().port}`;
      const target = `${base}${route('meta', counted('?case=node'))}`;
      const first = await fetch(target);
      const body = await first.text();
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.equal(first.headers.get('content-length'), String(Buffer.byteLength(body)));
      assert.equal(JSON.parse(body).title, 'Fault page');
      const cached = await fetch(target);
      assert.equal(await cached.text(), body);
      assert.equal(cached.headers.get('etag'), first.headers.get('etag'));
      assert.equal((await fetch(target, { headers: { 'if-none-match': first.headers.get('etag') } })).status, 304);
      const head = await fetch(target, { method: 'HEAD' });
      assert.equal(head.status, 200);
      assert.equal(await head.text(), '');
      assert.equal(origin.hits(`/faults/page?oembed=${encodeURIComponent('/faults/counted-oembed?case=node')}`), 1);
      const health = await fetch(`${base}/healthz`);
      assert.deepEqual([health.status, await health.json()], [200, { status: 'ok' }]);
    } finally {
      server.close();
      server.closeAllConnections();
      await listener.close();
    }
  });
});
