/**
 * One guard around every path of the proxy (issue 27, failures 2 and 4): a request target `new URL()` refuses is a
 * 400 from `createProxy().answer()` and from the Node listener mounted without a base path; an answer the runtime
 * refuses to build (a header value it finds invalid, here from a custom store that hands back what it was given)
 * is a 500 with one log line from the Fetch handler, never a rejected promise. On main the first threw from
 * `targetOf()` and the second rejected from `new Response()`.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, request as httpRequest } from 'node:http';
import { describe, it } from 'node:test';
import { createHandler, createProxy } from '../../dist/server/index.js';
import { createNodeListener } from '../../dist/server/node.js';

const MALFORMED = ['//[', 'http://[', '//a:99999/', 'http://a:99999/oembed', 'http://a%zz/', '//x%00y/'];

/** Captures console.error while `run` runs. */
async function capturingErrors(run) {
  const lines = [];
  const original = console.error;
  console.error = (...args) => lines.push(args.join(' '));
  try {
    return { result: await run(), lines };
  } finally {
    console.error = original;
  }
}

describe('the guard', () => {
  it('createProxy().answer(): a malformed request target is a 400', async () => {
    const proxy = createProxy({ rateLimit: false });
    for (const target of MALFORMED) {
      const answer = await proxy.answer({ method: 'GET', target, header: () => undefined });
      assert.equal(answer.status, 400, target);
      assert.equal(JSON.parse(answer.body).error, 'bad-request', target);
    }
  });

  it('createNodeListener() without a base path, in a plain node:http server: a 400 for each, and still serving', async () => {
    const listener = createNodeListener({ rateLimit: false, resolve: async () => [] });
    const server = createServer((request, response) => void listener(request, response));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      for (const path of [...MALFORMED, '/healthz']) {
        const status = await new Promise((resolve, reject) => {
          const request = httpRequest({ host: '127.0.0.1', port: server.address().port, path, method: 'GET' }, (response) => {
            response.resume();
            resolve(response.statusCode);
          });
          request.on('error', reject);
          request.end();
        });
        assert.equal(status, path === '/healthz' ? 200 : 400, path);
      }
    } finally {
      server.close();
    }
  });

  it('the Fetch handler: an answer the runtime cannot build is a 500 and one log line, not a rejection', async () => {
    const now = Date.now();
    const corrupt = { body: '{"type":"link","version":"1.0"}', etag: '"a\r\nX-Injected: 1"', freshUntil: now + 60_000, staleUntil: now + 120_000 };
    // A custom store (the interface is public) that returns whatever it holds, unchecked.
    const store = { get: async () => corrupt, set: async () => {}, take: async () => 0, claim: async () => true, release: async () => {} };
    const handler = createHandler({ store, rateLimit: false, providers: [] });
    const { result: response, lines } = await capturingErrors(() =>
      handler(new Request(`http://proxy.test/oembed?url=${encodeURIComponent('https://example.com/a')}`)),
    );
    assert.equal(response.status, 500);
    assert.equal((await response.json()).error, 'internal-error');
    assert.equal(lines.length, 1);
    assert.equal(lines[0].split('\n').length, 1, 'one line');
    assert.match(lines[0], /^post-embeds proxy: internal error: TypeError/);
  });
});
