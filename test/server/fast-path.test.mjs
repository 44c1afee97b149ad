import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createProxy } from '../../dist/server/index.js';
import { createGuardedFetch } from '../../dist/server/node.js';
import { startTestOrigin } from './helpers/origin.mjs';
import { route, testProxy, testResolver } from './helpers/proxy.mjs';

/** How many `URL`s `run` constructs (parsing a request target, checking its `url` parameter…). */
async function urlsBuiltBy(run) {
  const Original = globalThis.URL;
  let built = 0;
  globalThis.URL = class extends Original {
    constructor(...args) {
      super(...args);
      built++;
    }
  };
  try {
    await run();
  } finally {
    globalThis.URL = Original;
  }
  return built;
}

describe('the cached fast path', () => {
  let origin;
  before(async () => {
    origin = await startTestOrigin();
  });
  after(() => origin.close());

  const proxy = (options = {}) =>
    createProxy({ fetch: createGuardedFetch({ resolve: testResolver, allowHosts: ['origin.test'] }), allowHosts: ['origin.test'], rateLimit: false, ...options });
  const request = (target, headers = {}) => ({ method: 'GET', target, header: (name) => headers[name], clientAddress: '192.0.2.1' });
  const page = (name) => `${origin.url}/faults/page?oembed=${encodeURIComponent(`/faults/counted-oembed?case=${name}`)}`;

  it('sends a cached answer as the same ready bytes every time, JSON and XML, without encoding it again', async () => {
    const answers = proxy();
    for (const format of ['json', 'xml']) {
      const target = route('oembed', page('bytes'), `&format=${format}`);
      const first = await answers.answer(request(target));
      const second = await answers.answer(request(target));
      assert.equal(first.status, 200);
      assert.ok(first.body instanceof Uint8Array, `${format}: bytes, not a string to encode`);
      assert.equal(second.body, first.body, `${format}: the very same bytes`);
      assert.equal(second.headers.etag, first.headers.etag);
      const text = new TextDecoder().decode(second.body);
      assert.match(text, format === 'json' ? /"title":"Counted"/ : /<title>Counted<\/title>/);
    }
    assert.equal(origin.hits('/faults/counted-oembed?case=bytes'), 1);
  });

  it('parses a request target once: asked again, a cached answer builds no URL', async () => {
    const answers = proxy();
    const target = route('oembed', page('parsed'), '&maxwidth=300');
    assert.ok((await urlsBuiltBy(() => answers.answer(request(target)))) > 0);
    assert.equal(await urlsBuiltBy(() => answers.answer(request(target))), 0);
    const again = await answers.answer(request(target));
    assert.equal(again.status, 200);
    assert.equal(again.route, '/oembed');
    // What depends on the request, not on its target, is still read from each request.
    const revalidated = await answers.answer(request(target, { 'if-none-match': again.headers.etag }));
    assert.deepEqual([revalidated.status, revalidated.body], [304, null]);
  });

  it('checks an invalid query again each time it comes back: only valid ones are kept parsed', async () => {
    const answers = proxy();
    const target = route('oembed', page('invalid'), '&maxwidth=wide');
    for (let i = 0; i < 2; i++) {
      let answer;
      // The `url` parameter is parsed (a URL built) before `maxwidth` is found invalid, every time.
      assert.ok((await urlsBuiltBy(async () => (answer = await answers.answer(request(target))))) > 0);
      assert.equal(answer.status, 400);
      assert.equal(JSON.parse(answer.body).error, 'bad-parameter');
    }
  });

  it('names no route after the properties every object has (a base path followed by "constructor")', async () => {
    const { get } = testProxy({ basePath: '/proxy' });
    for (const path of ['/proxyconstructor', '/proxy__proto__', '/proxytoString']) {
      const response = await get(path);
      assert.equal(response.status, 404, path);
      assert.equal((await response.json()).error, 'no-route');
    }
  });
});
