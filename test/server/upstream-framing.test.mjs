/**
 * How an upstream frames its answer (issue 27, "also found"): a chunked body with trailers is read whole; a 206
 * (a part of a body, which the proxy never asks for) is refused rather than cached as the page; a connection that
 * closes before the end of its body is a 502 that says so, never cached. The origin here writes raw HTTP, one
 * answer per connection. On main the 206 was served and cached for an hour as if it were the page, and a body cut
 * short was reported as an upstream that "could not be reached".
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { route, testProxy } from './helpers/proxy.mjs';

const head = (status, headers) => `HTTP/1.1 ${status}\r\n${Object.entries({ connection: 'close', ...headers }).map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n`;
const chunked = (bytes) => [Buffer.from(`${bytes.length.toString(16)}\r\n`), Buffer.from(bytes), Buffer.from('\r\n')];
const page = (body) => `<!doctype html><html><head><title>${body}</title><meta name="description" content="${body}, described"></head><body></body></html>`;
const link = (href) => `<title>Embeds</title><link rel="alternate" type="application/json+oembed" href="${href}">`;
const oembed = (title) => JSON.stringify({ version: '1.0', type: 'link', title });

/** Path → what the origin writes on the socket (then closes it, or cuts it). */
const ROUTES = {
  '/trailers': [head('200 OK', { 'content-type': 'text/html', 'transfer-encoding': 'chunked', trailer: 'X-Checksum' }), ...chunked(page('Tide tables')), '0\r\nX-Checksum: 1\r\n\r\n'],
  '/oembed-trailers-page': [link('/oembed-trailers')],
  '/oembed-trailers': [head('200 OK', { 'content-type': 'application/json', 'content-encoding': 'gzip', 'transfer-encoding': 'chunked', trailer: 'X-Checksum' }), ...chunked(gzipSync(oembed('Compressed, chunked, trailed'))), '0\r\nX-Checksum: 1\r\n\r\n'],
  '/partial': [head('206 Partial Content', { 'content-type': 'text/html', 'content-range': 'bytes 0-39/5000', 'content-length': 40 }), page('A part').slice(0, 40)],
  '/oembed-partial-page': [link('/oembed-partial')],
  '/oembed-partial': [head('206 Partial Content', { 'content-type': 'application/json', 'content-range': 'bytes 0-9/500', 'content-length': 10 }), oembed('x').slice(0, 10)],
  '/cut': [head('200 OK', { 'content-type': 'text/html', 'content-length': 5000 }), '<!doctype html><html><head><title>Cut short'],
  '/cut-chunked': [head('200 OK', { 'content-type': 'text/html', 'transfer-encoding': 'chunked' }), ...chunked('<!doctype html><html><head><title>Cut')],
  '/oembed-cut-page': [link('/oembed-cut')],
  '/oembed-cut': [head('200 OK', { 'content-type': 'application/json', 'content-length': 500 }), '{"version":"1.0","type":"link","title":"cu'],
};

describe('upstream framing', () => {
  let server;
  let origin;
  const hits = {};
  const proxy = testProxy();

  before(async () => {
    server = createServer((socket) => {
      let request = '';
      socket.on('error', () => {});
      socket.on('data', (chunk) => {
        request += chunk;
        if (!request.includes('\r\n\r\n')) return;
        const path = request.split(' ')[1];
        hits[path] = (hits[path] ?? 0) + 1;
        let parts = ROUTES[path];
        if (!parts) return void socket.end(head('404 Not Found', { 'content-length': 0 }));
        // A page that is only a link is sent whole with its length.
        if (parts.length === 1) parts = [head('200 OK', { 'content-type': 'text/html', 'content-length': Buffer.byteLength(parts[0]) }), parts[0]];
        for (const part of parts) socket.write(part);
        // The cut routes stop mid-body: the socket is destroyed, not ended.
        if (path.includes('cut')) setTimeout(() => socket.destroy(), 20);
        else socket.end();
      });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://origin.test:${server.address().port}`;
  });
  after(() => server.close());

  const get = (name, path) => proxy.get(route(name, `${origin}${path}`));

  it('a chunked body with trailers is read whole (a page; a gzipped oEmbed)', async () => {
    const meta = await get('meta', '/trailers');
    assert.equal(meta.status, 200);
    assert.deepEqual(await meta.json(), { url: `${origin}/trailers`, title: 'Tide tables', description: 'Tide tables, described' });
    const embed = await get('oembed', '/oembed-trailers-page');
    assert.equal(embed.status, 200);
    assert.equal((await embed.json()).title, 'Compressed, chunked, trailed');
  });

  it('a 206 is refused, not served nor cached as the whole answer', async () => {
    for (const [name, path, upstream] of [
      ['meta', '/partial', '/partial'],
      ['oembed', '/oembed-partial-page', '/oembed-partial'],
    ]) {
      for (let attempt = 1; attempt <= 2; attempt++) {
        const response = await get(name, path);
        assert.equal(response.status, 502, `${path}: ${response.status}`);
        assert.equal(response.headers.get('cache-control'), 'no-store');
        assert.match((await response.json()).message, /206/);
        assert.equal(hits[upstream], attempt, 'asked again: nothing was cached');
      }
    }
  });

  it('a body cut short is a 502 that says so, and is not cached', async () => {
    for (const [name, path, upstream] of [
      ['meta', '/cut', '/cut'],
      ['meta', '/cut-chunked', '/cut-chunked'],
      ['oembed', '/oembed-cut-page', '/oembed-cut'],
    ]) {
      for (let attempt = 1; attempt <= 2; attempt++) {
        const response = await get(name, path);
        assert.equal(response.status, 502, path);
        assert.equal(response.headers.get('cache-control'), 'no-store');
        assert.equal((await response.json()).message, 'The upstream closed the connection before the end of its body.', path);
        assert.equal(hits[upstream], attempt, 'asked again: nothing was cached');
      }
    }
  });
});
