import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createStorage } from 'unstorage';
import { unstorageStore } from '../../../dist/server/index.js';
import { startTestOrigin } from '../helpers/origin.mjs';
import { route, testProxy } from '../helpers/proxy.mjs';

describe('unstorageStore: the cache on any unstorage driver (as with a KV namespace on Workers)', () => {
  let origin;
  before(async () => {
    origin = await startTestOrigin();
  });
  after(() => origin.close());

  it('lets two isolates share answers through one storage, with their lifetime as its TTL', async () => {
    const storage = createStorage(); // unstorage's memory driver stands in for KV
    const written = [];
    const { setItem } = storage;
    storage.setItem = (key, value, options) => (written.push([key, options]), setItem(key, value, options));
    const first = testProxy({ store: unstorageStore(storage) });
    const second = testProxy({ store: unstorageStore(storage) });
    const target = route('oembed', `${origin.url}/faults/page?oembed=/faults/oembed/cache-age`);

    const fetched = await first.get(target);
    const shared = await second.get(target);
    assert.equal(await shared.text(), await fetched.text());
    assert.equal(origin.hits('/faults/oembed/cache-age'), 1);
    // Fresh for cache_age (120 s), then as long again stale: stored for 240 s, under a key without `?` or `/`.
    assert.deepEqual(written.map(([, options]) => options), [{ ttl: 240 }]);
    assert.match(written[0][0], /^post-embeds:answer:[^/?]+$/);
  });
});
