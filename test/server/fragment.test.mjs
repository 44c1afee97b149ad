/**
 * A URL's fragment is never sent upstream, so it is no part of what the proxy fetches, caches or answers (issue 27,
 * failure 7): `#a` and `#b` of one page are one upstream fetch and one cache entry, and `/meta` answers the URL
 * without it. On main each fragment was a new fetch and entry, and `/meta` echoed it in `url`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestOrigin } from './helpers/origin.mjs';
import { route, testProxy } from './helpers/proxy.mjs';

describe('fragments', () => {
  let origin;
  const proxy = testProxy();
  before(async () => {
    origin = await startTestOrigin();
  });
  after(() => origin.close());

  const page = (query) => `http://origin.test:${origin.port}/faults/page?oembed=${encodeURIComponent(`/faults/counted-oembed?case=${query}`)}`;

  it('/oembed: one upstream fetch and one cache entry for every fragment of a page', async () => {
    const answers = [];
    for (const fragment of ['', '#a', '#b', '#a']) {
      const response = await proxy.get(route('oembed', `${page('oembed-fragments')}${fragment}`));
      assert.equal(response.status, 200);
      answers.push(response.headers.get('etag'));
    }
    assert.equal(new Set(answers).size, 1);
    assert.equal(origin.hits('/faults/counted-oembed?case=oembed-fragments'), 1);
  });

  it("/meta: one fetch of the page, and its `url` without the fragment", async () => {
    const path = `/faults/page?oembed=${encodeURIComponent('/faults/counted-oembed?case=meta-fragments')}`;
    for (const fragment of ['#top', '#comments']) {
      const response = await proxy.get(route('meta', `http://origin.test:${origin.port}${path}${fragment}`));
      assert.equal(response.status, 200);
      assert.equal((await response.json()).url, `http://origin.test:${origin.port}${path}`);
    }
    assert.equal(origin.hits(path), 1);
  });

  it('a redirect to a fragment: the answer names the page without it', async () => {
    const target = `/faults/page?oembed=${encodeURIComponent('/faults/counted-oembed?case=redirect-fragment')}`;
    const redirect = `http://origin.test:${origin.port}/faults/redirect?to=${encodeURIComponent(`${target}#section`)}`;
    const response = await proxy.get(route('meta', redirect));
    assert.equal(response.status, 200);
    assert.equal((await response.json()).url, `http://origin.test:${origin.port}${target}`);
  });
});
