import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestOrigin } from './helpers/origin.mjs';
import { eventually, route, testProxy } from './helpers/proxy.mjs';

describe('cache', () => {
  let origin;
  before(async () => {
    origin = await startTestOrigin();
  });
  after(() => origin.close());

  const counted = (query = '') =>
    `${origin.url}/faults/page?oembed=${encodeURIComponent(`/faults/counted-oembed${query}`)}`;

  it('serves a repeated request from the cache: one upstream request, the same answer', async () => {
    const { get } = testProxy();
    const first = await get(route('oembed', counted('?case=repeat')));
    const second = await get(route('oembed', counted('?case=repeat')));
    assert.equal(first.status, 200);
    assert.deepEqual(await second.json(), await first.json());
    assert.equal(origin.hits('/faults/counted-oembed?case=repeat'), 1);
    assert.equal(origin.hits(`/faults/page?oembed=${encodeURIComponent('/faults/counted-oembed?case=repeat')}`), 1);
  });

  it('shares one upstream request between concurrent requests for the same URL', async () => {
    const { get } = testProxy();
    const target = route('oembed', counted('?case=concurrent&hold=1'));
    const answers = [get(target), get(target), get(target)];
    assert.ok(await eventually(() => origin.hits('/faults/counted-oembed?case=concurrent') === 1));
    origin.release();
    const responses = await Promise.all(answers);
    assert.deepEqual(responses.map((response) => response.status), [200, 200, 200]);
    assert.equal(origin.hits('/faults/counted-oembed?case=concurrent'), 1);
  });

  it('shares the cached oEmbed between JSON and XML answers', async () => {
    const { get } = testProxy();
    await get(route('oembed', counted('?case=formats')));
    const xml = await get(route('oembed', counted('?case=formats'), '&format=xml'));
    assert.match(await xml.text(), /<title>Counted<\/title>/);
    assert.equal(origin.hits('/faults/counted-oembed?case=formats'), 1);
  });

  it('honours cache_age in its own Cache-Control, and keeps nothing the upstream marks no-store', async () => {
    const { get } = testProxy();
    const aged = await get(route('oembed', `${origin.url}/faults/page?oembed=/faults/oembed/cache-age`));
    assert.equal(aged.headers.get('cache-control'), 'public, max-age=120, s-maxage=120, stale-while-revalidate=120');

    const target = route('oembed', `${origin.url}/faults/page?oembed=/faults/oembed/no-store`);
    const fresh = await get(target);
    assert.equal(fresh.headers.get('cache-control'), 'no-store');
    await get(target);
    assert.equal(origin.hits('/faults/oembed/no-store'), 2);
  });

  it('keeps nothing when the cache is off', async () => {
    const { get } = testProxy({ cache: false });
    await get(route('oembed', counted('?case=off')));
    await get(route('oembed', counted('?case=off')));
    assert.equal(origin.hits('/faults/counted-oembed?case=off'), 2);
  });
});

describe('the answer cache hands values to internal users', async () => {
  const { AnswerCache } = await import('../../dist/server/cache.js');
  const { memoryStore } = await import('../../dist/server/index.js');
  const lifetime = { fresh: 60, stale: 60 };

  it('gives a freshly loaded value itself, not a parse of its JSON text; a stored one read back from the store', async () => {
    const store = memoryStore();
    const cache = new AnswerCache(store, true, 1000);
    const value = { title: 'Loaded' };
    const miss = await cache.get('key', async () => ({ value, lifetime }));
    assert.equal(miss.cache, 'miss');
    assert.equal(miss.value(), value, 'the loaded object itself');
    assert.equal(miss.answer.body, '{"title":"Loaded"}', 'the store and the edge get its JSON text');
    const hit = await cache.get('key', async () => assert.fail('loaded again'));
    assert.equal(hit.cache, 'hit');
    assert.equal(hit.answer, miss.answer);
    assert.deepEqual(hit.value(), value);
    assert.equal(hit.value(), hit.value(), 'read back once');
  });

  it('gives the loaded value with the cache off too', async () => {
    const cache = new AnswerCache(memoryStore(), false, 1000);
    const value = { title: 'Uncached' };
    assert.equal((await cache.get('key', async () => ({ value, lifetime }))).value(), value);
  });
});
