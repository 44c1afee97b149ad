/**
 * A test origin on 127.0.0.1: the demo's fixture origin plus fault routes, counting every request.
 * Tests reach it as `http://origin.test:PORT` through `testProxy()`, whose resolver maps that name
 * (and `evil.test`, which the proxy must refuse) to 127.0.0.1.
 *
 *   /faults/redirect?to=URL          302 to URL
 *   /faults/redirect-loop/N          302 to /faults/redirect-loop/N+1, forever
 *   /faults/secret                   what an attacker wants to reach: must never be requested
 *   /faults/page?oembed=PATH[&type=xml]   an HTML page advertising PATH as its oEmbed endpoint
 *   /faults/oembed/NAME              a canned oEmbed answer from FAULT_OEMBEDS
 *   /faults/huge-oembed              JSON that never ends (until the client leaves)
 *   /faults/huge-head                an HTML head that never ends
 *   /faults/slow-oembed              headers and a few bytes, then nothing
 *   /faults/counted-oembed?hold=1    a valid oEmbed, held back until `release()` when `hold` is set;
 *                                    `numbered` titles it by how many times it was asked for, `cc` is its
 *                                    Cache-Control
 */
import { createServer } from 'node:http';
import { handleOrigin } from '../../fixture-api/origin.mjs';

const RICH = { version: '1.0', type: 'rich', html: '<p>Hi</p>', width: 400, height: 300, title: 'Counted' };

/** Canned oEmbed responses: `[content type, body, extra headers]`. */
export const FAULT_OEMBEDS = {
  'malformed-json': ['application/json', '{"version": "1.0", "type": "rich", "html": "<p>'],
  'malformed-xml': ['text/xml', '<?xml version="1.0"?><oembed><type>photo</type><url>http://x/</oembed>'],
  'doctype-xml': [
    'text/xml',
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>' +
      '<oembed><version>1.0</version><type>link</type><title>&lol2;</title></oembed>',
  ],
  'photo-without-url': ['application/json', JSON.stringify({ version: '1.0', type: 'photo', width: 10, height: 10 })],
  'rich-without-html': ['application/json', JSON.stringify({ version: '1.0', type: 'rich', width: 10, height: 10 })],
  // X's answer: no title, a null height (issue 10).
  'post-without-height': [
    'application/json',
    JSON.stringify({ version: '1.0', type: 'rich', author_name: 'Pepephone', width: 550, height: null, html: '<blockquote>Hi</blockquote>' }),
  ],
  'version-2': ['application/json', JSON.stringify({ version: '2.0', type: 'link' })],
  'not-an-object': ['application/json', '[{"type": "link"}]'],
  // JSON labelled as HTML, as DeviantArt, Spotify and Ustream answer (issue 10's corpus): read by its body.
  'html-content-type': ['text/html', JSON.stringify({ version: '1.0', type: 'link', title: 'Mislabelled' })],
  // A provider's HTML error page where an answer should be.
  'html-page': ['text/html', '<!DOCTYPE html><html><head><title>Oops</title></head><body>Not found</body></html>'],
  'binary-content-type': ['application/octet-stream', JSON.stringify({ version: '1.0', type: 'link' })],
  'wordpress-text': [
    'application/json',
    JSON.stringify({ version: '1.0', type: 'link', title: 'Are they &#8216;winning&#8217; &amp;lt;cheaply&amp;gt;?' }),
  ],
  'repeated-xml': [
    'text/xml',
    '<?xml version="1.0"?><oembed><version>1.0</version><type>link</type><title>First</title><title>Second</title>' +
      '<author_name><b>Markup</b></author_name><provider_name>Provider</provider_name></oembed>',
  ],
  'untidy': [
    'application/json',
    JSON.stringify({
      type: 'video',
      html: '<iframe src="https://player.example/1"></iframe>',
      width: '640',
      height: '360.4',
      title: '  A   <b>title</b>  ',
      author_url: 'javascript:alert(1)',
      provider_url: '/relative/provider',
      thumbnail_url: 'https://img.example/t.jpg',
      thumbnail_width: '320',
      cache_age: '60',
      extra_field: 'dropped',
    }),
  ],
  'no-store': ['application/json', JSON.stringify({ version: '1.0', type: 'link', title: 'Fresh' }), { 'Cache-Control': 'no-store' }],
  'cache-age': ['application/json', JSON.stringify({ version: '1.0', type: 'link', title: 'Aged', cache_age: 120 })],
};

export async function startTestOrigin() {
  const requests = [];
  const held = [];
  let released = false;
  /** Connections a streaming fault route saw closed before it had finished writing. */
  const cutOff = new Set();

  function streamForever(req, res, contentType, opening, filler) {
    res.writeHead(200, { 'Content-Type': contentType });
    res.write(opening);
    res.on('close', () => {
      if (!res.writableEnded) cutOff.add(req.url);
    });
    // Bounded all the same (64 MB), honouring back-pressure, until the client goes away.
    let left = 64 * 1024 * 1024;
    const pump = () => {
      while (left > 0 && !res.destroyed) {
        left -= filler.length;
        if (!res.write(filler)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end();
    };
    pump();
  }

  async function handleFault(req, res, url) {
    const path = url.pathname;
    if (path === '/faults/redirect') {
      res.writeHead(302, { Location: url.searchParams.get('to') }).end();
    } else if (path.startsWith('/faults/redirect-loop/')) {
      const next = Number(path.split('/').pop()) + 1;
      res.writeHead(302, { Location: `/faults/redirect-loop/${next}` }).end();
    } else if (path === '/faults/secret') {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<title>Secret</title>');
    } else if (path === '/faults/page') {
      const type = url.searchParams.get('type') === 'xml' ? 'text/xml+oembed' : 'application/json+oembed';
      const href = url.searchParams.get('oembed').replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html><head><title>Fault page</title><link rel="alternate" type="${type}" href="${href}"></head><body></body></html>`);
    } else if (path.startsWith('/faults/oembed/')) {
      const [type, body, headers = {}] = FAULT_OEMBEDS[path.split('/').pop()];
      res.writeHead(200, { 'Content-Type': type, ...headers }).end(body);
    } else if (path === '/faults/huge-oembed') {
      streamForever(req, res, 'application/json', '{"version":"1.0","type":"link","title":"', 'x'.repeat(64 * 1024));
    } else if (path === '/faults/huge-head') {
      const filler = `<meta name="filler" content="${'x'.repeat(64 * 1024)}">`;
      streamForever(req, res, 'text/html', '<!doctype html><html lang="en"><head><title>Endless head</title>', filler);
    } else if (path === '/faults/slow-oembed') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"version":"1.0",');
      // …and nothing more: the proxy's timeout must end it.
    } else if (path === '/faults/counted-oembed') {
      const title = url.searchParams.has('numbered') ? `Counted ${requests.filter((seen) => seen === req.url).length}` : RICH.title;
      const cacheControl = url.searchParams.get('cc');
      const answer = () =>
        res
          .writeHead(200, { 'Content-Type': 'application/json', ...(cacheControl ? { 'Cache-Control': cacheControl } : {}) })
          .end(JSON.stringify({ ...RICH, title }));
      if (url.searchParams.has('hold') && !released) held.push(answer);
      else answer();
    } else {
      return false;
    }
    return true;
  }

  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const url = new URL(req.url, 'http://origin.test');
    if ((await handleFault(req, res, url)) || (await handleOrigin(req, res))) return;
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  return {
    port,
    /** The origin as tests address it. */
    url: `http://origin.test:${port}`,
    /** How many requests had a path (and query) starting with `prefix`. */
    hits: (prefix) => requests.filter((path) => path.startsWith(prefix)).length,
    /** Answers the held `/faults/counted-oembed?hold` requests, and holds no more from then on. */
    release: () => {
      released = true;
      held.splice(0).forEach((answer) => answer());
    },
    wasCutOff: (path) => cutOff.has(path),
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}
