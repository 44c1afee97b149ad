// Three proxy processes sharing one real Redis: the cache, the in-flight de-duplication and the rate
// limit hold across them, and losing Redis fails no request.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startCli } from '../helpers/cli.mjs';
import { startTestOrigin } from '../helpers/origin.mjs';
import { eventually, route } from '../helpers/proxy.mjs';
import { startRedis } from '../helpers/redis.mjs';

describe('three instances on one Redis', () => {
  let origin;
  let redis;
  let proxies = [];
  before(async () => {
    origin = await startTestOrigin();
    redis = await startRedis();
    // Each test is its own client (by X-Forwarded-For, trusted), within a small limit the three share.
    const args = ['--allow-host', `127.0.0.1:${origin.port}`, '--trust-proxy', '--rate-limit', '5/0.01'];
    proxies = await Promise.all([
      startCli(['--redis', redis.url, ...args]),
      startCli(['--redis', redis.url, ...args]),
      startCli(args, { env: { REDIS_URL: redis.url } }), // as in a container
    ]);
  });
  after(async () => {
    await Promise.all(proxies.map((proxy) => proxy.stop()));
    await redis.stop();
    await origin.close();
  });

  const pagePath = (query) => `/faults/page?oembed=${encodeURIComponent(`/faults/counted-oembed${query}`)}`;
  const page = (query) => `http://127.0.0.1:${origin.port}${pagePath(query)}`;
  /** A request from `client`, as the trusted reverse proxy passes it on (after what the client itself claimed). */
  const get = (proxy, path, client, headers = {}) =>
    fetch(new URL(path.slice(1), proxy.url), { headers: { 'x-forwarded-for': `203.0.113.99, ${client}`, ...headers } });

  it('serves a page fetched through one instance from the others, with no upstream request', async () => {
    const [a, b, c] = proxies;
    const client = '192.0.2.1';
    const first = await get(a, route('oembed', page('?case=shared')), client);
    assert.equal(first.status, 200);
    const body = await first.text();
    const others = await Promise.all([b, c].map((proxy) => get(proxy, route('oembed', page('?case=shared')), client)));
    assert.deepEqual(await Promise.all(others.map((response) => response.text())), [body, body]);
    assert.deepEqual(others.map((response) => response.headers.get('etag')), [first.headers.get('etag'), first.headers.get('etag')]);
    assert.equal(origin.hits('/faults/counted-oembed?case=shared'), 1);
    assert.equal(origin.hits(pagePath('?case=shared')), 1);

    // /meta too, and a 304 from an instance that never fetched it.
    const meta = await get(c, route('meta', page('?case=meta')), '192.0.2.2');
    const etag = meta.headers.get('etag');
    assert.equal((await get(a, route('meta', page('?case=meta')), '192.0.2.2', { 'if-none-match': etag })).status, 304);
    assert.equal(origin.hits(pagePath('?case=meta')), 1);

    // The access log: the route, never the query, and where the answer came from.
    const requests = () => a.logs().filter((line) => line.msg === 'request');
    assert.ok(await eventually(() => requests().length === 2));
    assert.deepEqual(
      requests().map(({ method, route, status, cache, upstream }) => ({ method, route, status, cache, upstream })),
      [
        { method: 'GET', route: '/oembed', status: 200, cache: 'miss', upstream: '127.0.0.1' },
        { method: 'GET', route: '/meta', status: 304, cache: 'hit', upstream: '127.0.0.1' },
      ],
    );
    assert.ok(requests().every((line) => typeof line.ms === 'number' && !JSON.stringify(line).includes('case=')));
  });

  it('shares one upstream fetch between instances asked for the same page at once', async () => {
    const target = route('oembed', page('?case=together&hold=1'));
    const answers = proxies.map((proxy) => get(proxy, target, '192.0.2.3'));
    assert.ok(await eventually(() => origin.hits('/faults/counted-oembed?case=together') === 1));
    origin.release();
    const responses = await Promise.all(answers);
    assert.deepEqual(responses.map((response) => response.status), [200, 200, 200]);
    assert.equal(origin.hits('/faults/counted-oembed?case=together'), 1);
  });

  it("holds a client's rate limit across the three, whatever it claims in X-Forwarded-For", async () => {
    const [a, b, c] = proxies;
    const statuses = [];
    for (const proxy of [a, b, c, a, b, c, a]) statuses.push((await get(proxy, route('meta', page('?case=limit')), '192.0.2.4')).status);
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429]);
    assert.equal((await get(b, route('meta', page('?case=limit')), '192.0.2.5')).status, 200);
  });

  it('keeps answering when Redis goes away, with one warning each, and shares again once it is back', async () => {
    const [a, b, c] = proxies;
    await redis.stop();
    const during = [];
    for (let round = 0; round < 3; round++) {
      for (const [n, proxy] of proxies.entries()) during.push((await get(proxy, route('oembed', page('?case=outage')), `198.51.100.${n}`)).status);
    }
    assert.deepEqual(during, Array(9).fill(200));
    // Each instance's memory took over: one upstream fetch per instance, not one per request.
    assert.equal(origin.hits('/faults/counted-oembed?case=outage'), 3);
    for (const proxy of proxies) {
      const warnings = proxy.logs().filter((line) => line.level === 40 && /Redis unavailable/.test(line.msg));
      assert.equal(warnings.length, 1, JSON.stringify(proxy.logs()));
    }

    await redis.start();
    assert.ok(await eventually(() => proxies.every((proxy) => proxy.logs().some((line) => /Redis is back/.test(line.msg))), 1000));
    for (const proxy of [a, b, c]) assert.equal((await get(proxy, route('oembed', page('?case=after')), '198.51.100.9')).status, 200);
    assert.equal(origin.hits('/faults/counted-oembed?case=after'), 1);
  });
});
