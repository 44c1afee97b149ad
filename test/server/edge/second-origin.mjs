/**
 * A second local origin: bodies the runtime's own `fetch` decodes (on Workers, Deno and Bun the
 * platform inflates them, not the proxy), and a slow page.
 *
 *   /page?ce=CODING         an HTML page, sent in CODING (gzip, deflate, br), advertising /oembed.json in the same coding
 *   /oembed.json?ce=CODING  its oEmbed, sent in CODING
 *
 * As servers do, deflate and br are sent only to a client that asks for them (`Accept-Encoding`), and
 * gzip, which every client reads, always: Deno and workerd read gzip and br but not deflate, and do not
 * ask for it (workerd run locally asks for nothing). `sent` lists the codings actually sent.
 *   /bomb                   a gzip body that does not end: a head, then a 1 MB gzip member of zeros every 2 ms
 *   /slow-page?oembed=URL   after 3 s, an HTML page advertising URL as its oEmbed
 *   /redirect?to=URL        302 to URL
 *
 * The same routes over HTTPS on `tlsPort`, with a certificate for 127.0.0.1 from the test CA (tls/).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import zlib from 'node:zlib';

const TLS = { cert: readFileSync(new URL('./tls/origin.pem', import.meta.url)), key: readFileSync(new URL('./tls/origin.key', import.meta.url)) };

const PAGE = (ce) =>
  '<!doctype html><html lang="en"><head><title>Compressed page</title>' +
  '<meta property="og:description" content="Read through its Content-Encoding">' +
  `<link rel="alternate" type="application/json+oembed" href="/oembed.json?ce=${ce}">` +
  `</head><body>${'<p>Filler so that compression matters.</p>'.repeat(2000)}</body></html>`;
const OEMBED = JSON.stringify({ version: '1.0', type: 'link', title: 'Compressed oEmbed', provider_name: 'Origin' });

const ENCODERS = { gzip: zlib.gzipSync, deflate: zlib.deflateSync, br: zlib.brotliCompressSync };

export async function startSecondOrigin() {
  const bombs = new Set();
  const sent = [];
  let bombsServed = 0;
  let bombsCut = 0;
  let redirects = 0;
  const handle = (req, res) => {
    const url = new URL(req.url, 'http://origin.test');
    const wanted = url.searchParams.get('ce') ?? 'gzip';
    const asked = (req.headers['accept-encoding'] ?? '').toLowerCase().split(',').map((coding) => coding.trim());
    const ce = wanted === 'gzip' || asked.includes(wanted) ? wanted : 'identity';
    const encode = ce === 'identity' ? (text) => Buffer.from(text) : ENCODERS[ce];
    if (encode && url.pathname !== '/bomb') sent.push(ce);
    const coding = ce === 'identity' ? {} : { 'Content-Encoding': ce };
    if (url.pathname === '/page' && encode) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...coding }).end(encode(PAGE(wanted)));
    } else if (url.pathname === '/oembed.json' && encode) {
      res.writeHead(200, { 'Content-Type': 'application/json', ...coding }).end(encode(OEMBED));
    } else if (url.pathname === '/redirect') {
      redirects++;
      res.writeHead(302, { Location: url.searchParams.get('to') }).end();
    } else if (url.pathname === '/slow-page') {
      const href = url.searchParams.get('oembed').replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      const timer = setTimeout(() => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html><head><title>Slow page</title><link rel="alternate" type="application/json+oembed" href="${href}"></head></html>`);
      }, 3000);
      res.on('close', () => clearTimeout(timer));
    } else if (url.pathname === '/bomb') {
      bombsServed++;
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' });
      bombs.add(res);
      res.on('close', () => {
        bombs.delete(res);
        if (!res.writableEnded) bombsCut++;
      });
      res.write(zlib.gzipSync('<!doctype html><html lang="en"><head><title>Bomb</title>'));
      const member = zlib.gzipSync(Buffer.alloc(1024 * 1024));
      // One member every 2 ms, honouring back-pressure, so that little is in flight when the client stops
      // reading (a runtime that inflates what it has buffered is not flooded); bounded all the same
      // (64 GB decoded, about 2 minutes) until the client goes away.
      let left = 65536;
      const pump = () => {
        if (res.destroyed) return;
        if (left-- <= 0) return void res.end();
        if (res.write(member)) setTimeout(pump, 2);
        else res.once('drain', pump);
      };
      pump();
    } else {
      res.writeHead(404).end();
    }
  };
  const server = createServer(handle);
  const tlsServer = createTlsServer(TLS, handle);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise((resolve) => tlsServer.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    tlsPort: tlsServer.address().port,
    /** Redirects answered so far. */
    redirects: () => redirects,
    /** The coding of each page and oEmbed sent so far (`identity` for none). */
    sent,
    /** Bombs served so far, those still being sent, and those the client closed before their end. */
    bombsServed: () => bombsServed,
    bombsSending: () => bombs.size,
    bombsCut: () => bombsCut,
    close: () =>
      Promise.all(
        [server, tlsServer].map(
          (listening) =>
            new Promise((resolve) => {
              listening.close(resolve);
              listening.closeAllConnections();
            }),
        ),
      ),
  };
}
