/**
 * A hostile upstream on 127.0.0.1 for the abuse suite: each route is one way an origin can hurt
 * a proxy. The proxy reaches it as `origin.test:PORT`.
 *
 *   /link?n=…                 a crafted `Link` header (quadratic for a backtracking parser), no body
 *   /page?oembed=PATH         an HTML page advertising PATH as its oEmbed endpoint
 *   /bomb/KIND.ENCODINGS      a compression bomb: KIND `html` (a head that never ends) or `json`
 *                             (an oEmbed title that never ends), 10-100 MB once decoded, sent with
 *                             `Content-Encoding: ENCODINGS` (`gzip`, `deflate`, `br`, `gzip,gzip`)
 *   /endless/KIND             the same bodies uncompressed, streamed without end
 *   /drip                     headers, then one byte every 100 ms, without end
 *   /mute                     accepts the request and never answers
 *   /content-type?n=…         a crafted `Content-Type`
 *   /ok?…                     a small valid oEmbed JSON (`/ok-page?…` a page advertising it)
 *
 * `sockets()` counts the connections still open: after a case, the proxy must have closed its own.
 */
import { createServer } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const DECODED_BYTES = 100 * 1024 * 1024;
const OPENINGS = {
  html: '<!doctype html><html><head><title>Bomb</title><meta name="description" content="',
  json: '{"version":"1.0","type":"link","title":"',
};
const OEMBED = JSON.stringify({ version: '1.0', type: 'link', title: 'Fine', provider_name: 'Origin' });

/**
 * `opening`, then `a` up to ~`DECODED_BYTES`, compressed, built in well under a second and never
 * whole in memory: gzip as one member per MB (gzip allows concatenated members, and decoders read
 * them all), brotli at a fast quality, deflate (one stream only) for 10 MB, still ten times the cap.
 */
async function compressedBomb(opening, encoding) {
  const megabyte = Buffer.alloc(1024 * 1024, 'a');
  if (encoding === 'gzip') {
    const member = zlib.gzipSync(megabyte);
    return Buffer.concat([zlib.gzipSync(opening), ...Array(DECODED_BYTES / megabyte.length).fill(member)]);
  }
  const [encoder, megabytes] =
    encoding === 'br'
      ? [zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } }), DECODED_BYTES / megabyte.length]
      : [zlib.createDeflate(), 10];
  const chunks = [];
  encoder.on('data', (chunk) => chunks.push(chunk));
  const ended = new Promise((resolve) => encoder.on('end', resolve));
  encoder.write(opening);
  for (let i = 0; i < megabytes; i++) {
    if (!encoder.write(megabyte)) await new Promise((resolve) => encoder.once('drain', resolve));
  }
  encoder.end();
  await ended;
  return Buffer.concat(chunks);
}

export async function startAbuseOrigin() {
  const bombs = new Map();
  for (const kind of ['html', 'json']) {
    for (const encoding of ['gzip', 'deflate', 'br']) bombs.set(`${kind}.${encoding}`, await compressedBomb(OPENINGS[kind], encoding));
    // A bomb inside a bomb: 100 MB once decoded twice.
    bombs.set(`${kind}.gzip,gzip`, await promisify(zlib.gzip)(bombs.get(`${kind}.gzip`), { level: 9 }));
  }

  const sockets = new Set();
  const timers = new Set();
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://origin.test');
    const [, route, name] = url.pathname.split('/');
    if (route === 'link') {
      const n = Number(url.searchParams.get('n') ?? 15_000);
      res.writeHead(200, { 'Content-Type': 'text/plain', Link: '<'.repeat(n) }).end('not html');
    } else if (route === 'page' || route === 'ok-page') {
      const href = route === 'ok-page' ? `/ok${url.search}` : url.searchParams.get('oembed');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html><head><title>Page</title><link rel="alternate" type="application/json+oembed" href="${href.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></head><body></body></html>`);
    } else if (route === 'ok') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(OEMBED);
    } else if (route === 'bomb') {
      const [kind, encodings] = name.split(/\.(.*)/);
      const body = bombs.get(`${kind}.${encodings}`);
      const type = kind === 'html' ? 'text/html' : 'application/json';
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': encodings.replace(',', ', '), 'Content-Length': body.length });
      res.end(body);
    } else if (route === 'endless') {
      res.writeHead(200, { 'Content-Type': name === 'html' ? 'text/html' : 'application/json' });
      res.write(OPENINGS[name]);
      const filler = Buffer.alloc(64 * 1024, 'a');
      const pump = () => {
        while (!res.destroyed) if (!res.write(filler)) return void res.once('drain', pump);
      };
      pump();
    } else if (route === 'drip') {
      res.writeHead(200, { 'Content-Type': url.searchParams.get('type') ?? 'text/html' });
      res.write(OPENINGS.html);
      const timer = setInterval(() => res.write('a'), 100);
      timers.add(timer);
      res.on('close', () => {
        clearInterval(timer);
        timers.delete(timer);
      });
    } else if (route === 'mute') {
      // Nothing: the proxy's own timeout must end this.
    } else if (route === 'content-type') {
      const n = Number(url.searchParams.get('n') ?? 4000);
      const crafted = ['text/html', ';'.repeat(n), '; charset='.repeat(n / 10), ` ${'\t'.repeat(n)}`].join('');
      res.writeHead(200, { 'Content-Type': crafted.slice(0, 15_000) }).end('<title>x</title>');
    } else {
      res.writeHead(404).end();
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // The proxy's request headers are small; its connections are what we count.
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    port,
    url: `http://origin.test:${port}`,
    bombSizes: () => Object.fromEntries([...bombs].map(([key, body]) => [key, body.length])),
    sockets: () => sockets.size,
    close: () =>
      new Promise((resolve) => {
        timers.forEach(clearInterval);
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}
