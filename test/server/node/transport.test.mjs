/**
 * The Node transport (createGuardedFetch): bodies decoded by the proxy itself, as they are read.
 * Real pages are often compressed, so every coding browsers send must still work (gzip, x-gzip,
 * zlib and raw deflate, br, stacked codings); a coding the proxy cannot read is a clear 502; a
 * decoder never runs ahead of its reader, and a cancelled body stops decoding and closes its
 * connection. The hostile side (50 bombs at once) is in abuse.test.mjs.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import zlib from 'node:zlib';
import { createGuardedFetch } from '../../../dist/server/node.js';
import { BROTLI_WINDOW_BUDGET, brotliWindowBytes, brotliWindowBytesInUse } from '../../../dist/server/node/decode.js';
import { dispatcherFetch } from '../../../dist/server/node/transport.js';
import { eventually, route, testProxy, testResolver } from '../helpers/proxy.mjs';

/** A page advertising its oEmbed in the same coding as itself. */
const page = (ce) =>
  '<!doctype html><html lang="en"><head><title>Compressed page</title>' +
  '<meta property="og:description" content="Read through its Content-Encoding">' +
  `<link rel="alternate" type="application/json+oembed" href="/oembed.json?ce=${encodeURIComponent(ce)}">` +
  `</head><body>${'<p>Filler so that compression matters.</p>'.repeat(2000)}</body></html>`;
const OEMBED = JSON.stringify({ version: '1.0', type: 'link', title: 'Compressed oEmbed', provider_name: 'Origin' });

/** Encodes `body` with each coding of `header` in turn, as a server applies them (left first). */
function encode(body, header) {
  let bytes = Buffer.from(body);
  for (const coding of header.split(',').map((one) => one.trim().toLowerCase())) {
    if (coding === 'gzip' || coding === 'x-gzip') bytes = zlib.gzipSync(bytes);
    else if (coding === 'deflate') bytes = zlib.deflateSync(bytes);
    else if (coding === 'deflate-raw') bytes = zlib.deflateRawSync(bytes);
    else if (coding === 'br') bytes = zlib.brotliCompressSync(bytes);
    else if (coding !== 'identity' && coding !== '') throw new Error(`test origin: no ${coding}`);
  }
  return bytes;
}

/**
 * `/page?ce=HEADER` and `/oembed.json?ce=HEADER`: the page and its oEmbed, encoded as HEADER says
 * (`deflate-raw` is sent as `deflate`, as some servers do); `&plain=1` sends the bytes unencoded
 * under the same header. `/redirect?ce=…` a 302 to the page with a body in that coding.
 * `/endless-gzip`: gzip members of 1 MB of zeros without end, honouring back-pressure (`?hold=1`:
 * the first member only, then nothing).
 */
async function startCompressingOrigin() {
  const endless = new Set();
  const acceptEncodings = [];
  const server = createServer((req, res) => {
    acceptEncodings.push(req.headers['accept-encoding']);
    const url = new URL(req.url, 'http://origin.test');
    const header = url.searchParams.get('ce') ?? '';
    const sent = header.replace('deflate-raw', 'deflate');
    const body = (text) => (url.searchParams.has('plain') ? Buffer.from(text) : encode(text, header));
    if (url.pathname === '/page') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': sent }).end(body(page(header)));
    } else if (url.pathname === '/oembed.json') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': sent }).end(body(OEMBED));
    } else if (url.pathname === '/redirect') {
      res.writeHead(302, { Location: '/page?ce=gzip', 'Content-Encoding': sent }).end('moved');
    } else if (url.pathname === '/endless-gzip') {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' });
      endless.add(res);
      res.on('close', () => endless.delete(res));
      const member = zlib.gzipSync(Buffer.alloc(1024 * 1024));
      const pump = () => {
        while (!res.destroyed) if (!res.write(member)) return void res.once('drain', pump);
      };
      res.write(zlib.gzipSync('<title>Endless</title>'));
      if (url.searchParams.has('hold')) return;
      pump();
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://origin.test:${port}`,
    /** The `Accept-Encoding` of each request so far. */
    acceptEncodings,
    /** `/endless-gzip` answers still being sent. */
    endless: () => endless.size,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

describe('the Node transport decodes bodies itself', () => {
  let origin;
  let proxy;
  let guardedFetch;
  before(async () => {
    origin = await startCompressingOrigin();
    proxy = testProxy({ cache: false });
    guardedFetch = createGuardedFetch({ resolve: testResolver, allowHosts: ['origin.test'] });
  });
  after(() => origin.close());

  for (const header of ['gzip', 'x-gzip', 'deflate', 'deflate-raw', 'br', 'gzip, br', 'br,gzip, deflate', 'GZIP', 'identity', '']) {
    it(`reads a page and its oEmbed sent with Content-Encoding "${header}"`, async () => {
      const ce = encodeURIComponent(header);
      const meta = await proxy.get(route('meta', `${origin.url}/page?ce=${ce}`));
      assert.equal(meta.status, 200);
      const described = await meta.json();
      assert.equal(described.title, 'Compressed page');
      assert.equal(described.description, 'Read through its Content-Encoding');
      const oembed = await proxy.get(route('oembed', `${origin.url}/page?ce=${ce}`));
      assert.equal(oembed.status, 200);
      assert.equal((await oembed.json()).title, 'Compressed oEmbed');
    });
  }

  it('asks for gzip and deflate, reads br all the same, and keeps the upstream headers', async () => {
    const response = await guardedFetch(`${origin.url}/page?ce=br`, { redirect: 'manual', headers: { accept: 'text/html' } });
    assert.equal(origin.acceptEncodings.at(-1), 'gzip, deflate');
    assert.equal(response.headers.get('content-encoding'), 'br');
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(await response.text(), page('br'));
  });

  it('answers 502 naming a coding it cannot read', async () => {
    for (const header of ['zstd', 'compress', 'gzip, sdch']) {
      const response = await proxy.get(route('meta', `${origin.url}/page?ce=${encodeURIComponent(header)}&plain=1`));
      assert.equal(response.status, 502, header);
      const { error, message } = await response.json();
      assert.equal(error, 'upstream-error');
      assert.match(message, new RegExp(`encoded as "${header.split(', ').pop()}", which the proxy cannot decode`));
    }
  });

  it('answers 502 for a body that is not what its Content-Encoding says, and for too many codings', async () => {
    for (const header of ['gzip', 'deflate', 'br']) {
      const response = await proxy.get(route('meta', `${origin.url}/page?ce=${header}&plain=1`));
      assert.equal(response.status, 502, header);
      assert.match((await response.json()).message, /does not decode as its Content-Encoding/);
    }
    const stacked = await proxy.get(route('meta', `${origin.url}/page?ce=${encodeURIComponent(Array(6).fill('gzip').join(','))}`));
    assert.equal(stacked.status, 502);
    assert.match((await stacked.json()).message, /6 content codings, more than 5/);
  });

  it('follows a redirect whatever the coding of its (unread) body', async () => {
    const response = await proxy.get(route('meta', `${origin.url}/redirect?ce=zstd`));
    assert.equal(response.status, 200);
    assert.equal((await response.json()).title, 'Compressed page');
  });

  it('stops decoding when the body is cancelled, and closes the upstream connection', async () => {
    const response = await guardedFetch(`${origin.url}/endless-gzip`, { redirect: 'manual' });
    const reader = response.body.getReader();
    const { value } = await reader.read();
    assert.match(Buffer.from(value).toString(), /^<title>Endless<\/title>/);
    await reader.cancel();
    assert.ok(await eventually(() => origin.endless() === 0), 'the upstream connection was closed');
  });

  it('survives a cancel while a read waits for data (the bridge that crashed with ERR_INVALID_STATE)', async () => {
    const response = await guardedFetch(`${origin.url}/endless-gzip?hold=1`, { redirect: 'manual' });
    const reader = response.body.getReader();
    await reader.read();
    const pending = reader.read();
    await reader.cancel();
    assert.deepEqual(await pending, { done: true, value: undefined });
    assert.ok(await eventually(() => origin.endless() === 0), 'the upstream connection was closed');
  });
});

describe('decoding follows reading', () => {
  /**
   * A dispatcher answering one gzip body of `members` × 1 MB of zeros (1 KB each on the wire),
   * counting the members the transport has taken from it.
   */
  function bombDispatcher(members) {
    const member = zlib.gzipSync(Buffer.alloc(1024 * 1024));
    const state = { pulled: 0, source: undefined };
    const dispatcher = {
      request: async () => {
        state.source = new Readable({
          read() {
            state.pulled++;
            this.push(state.pulled <= members ? member : null);
          },
        });
        return { statusCode: 200, headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' }, body: state.source };
      },
    };
    return { dispatcher, state };
  }

  it('decodes no further than asked: one chunk read of a 4 GB bomb takes a few KB of it', async () => {
    const { dispatcher, state } = bombDispatcher(4096);
    const response = await dispatcherFetch(dispatcher)('http://origin.test/bomb', { redirect: 'manual' });
    const reader = response.body.getReader();
    const { value } = await reader.read();
    assert.ok(value.byteLength > 0 && value.byteLength <= 64 * 1024, `one chunk: ${value.byteLength} bytes`);
    // Room for anything that would run ahead to do so.
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.ok(state.pulled <= 64, `members taken for one chunk: ${state.pulled} of 4096`);
    await reader.cancel();
    assert.ok(await eventually(() => state.source.destroyed), 'cancelling destroys the source');
  });

  it('reads the brotli window a stream declares', () => {
    // Quality 1 raises any window below 2^18 to it; quality 11 keeps what it is given.
    for (let lgwin = 10; lgwin <= 24; lgwin++) {
      for (const quality of [1, 11]) {
        const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_LGWIN]: lgwin };
        const first = zlib.brotliCompressSync(Buffer.alloc(4096, 'a'), { params })[0];
        assert.equal(brotliWindowBytes(first), 2 ** (quality === 1 ? Math.max(lgwin, 18) : lgwin), `lgwin ${lgwin}, quality ${quality}`);
      }
    }
  });

  it('decodes brotli bodies within a window budget: the next one waits for room', async () => {
    // 8 MB windows: two fit in the 16 MB budget. Each body would decode to 64 MB.
    assert.equal(BROTLI_WINDOW_BUDGET, 16 * 1024 * 1024);
    const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: 1, [zlib.constants.BROTLI_PARAM_LGWIN]: 23 };
    const bomb = zlib.brotliCompressSync(Buffer.alloc(64 * 1024 * 1024, 'a'), { params });
    const dispatcher = {
      request: async () => ({ statusCode: 200, headers: { 'content-encoding': 'br' }, body: Readable.from([bomb]) }),
    };
    const readers = await Promise.all(
      Array.from({ length: 3 }, async () => (await dispatcherFetch(dispatcher)('http://origin.test/br', { redirect: 'manual' })).body.getReader()),
    );
    const done = [];
    const reads = readers.map((reader, i) => reader.read().then(() => done.push(i)));
    assert.ok(await eventually(() => done.length >= 2, 1000), 'two decode at once');
    // Room for a third to start, were it not waiting.
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(done.length, 2, 'the third waits');
    assert.equal(brotliWindowBytesInUse(), 16 * 1024 * 1024);
    await readers[done[0]].cancel();
    await Promise.all(reads);
    assert.equal(done.length, 3, 'and decodes once one before it is done');
    await Promise.all(readers.map((reader) => reader.cancel()));
    assert.ok(await eventually(() => brotliWindowBytesInUse() === 0), `window bytes left in use: ${brotliWindowBytesInUse()}`);
  });

  it('reads a whole compressed body chunk by chunk to its end', async () => {
    const { dispatcher, state } = bombDispatcher(8);
    const response = await dispatcherFetch(dispatcher)('http://origin.test/bomb', { redirect: 'manual' });
    let bytes = 0;
    for await (const chunk of response.body) bytes += chunk.byteLength;
    assert.equal(bytes, 8 * 1024 * 1024);
    assert.equal(state.pulled, 9);
  });
});
