/**
 * The proxy's conformance cases: one list, run over HTTP against the proxy as deployed on every
 * runtime (conformance.test.mjs). Each case gets:
 *
 *   get(path, init)   a request to the proxy (a plain `fetch` from the test, as a browser or CDN would send it),
 *                     from this case's own client address
 *   otherClient       the same, from another client address
 *   at(path)          the test origin's URL for `path` (http://127.0.0.1:PORT/…, the one host the proxy may reach)
 *   origin            the test origin (test/server/helpers/origin.mjs): `hits(prefix)`, `wasCutOff(path)`
 *   second            a second origin (second-origin.mjs): compressed bodies, a slow page; with its own `at(path)`,
 *                     and `tlsAt(path)` for the same over HTTPS (the runtime trusts the test CA)
 *   closedPort        a loopback port the proxy may reach where nothing listens
 *
 * The proxy is configured as the deploy scripts read it: ALLOW_HOSTS = both origins and `closedPort` on
 * 127.0.0.1, ALLOW_ORIGIN = `ALLOWED_ORIGIN`. Every other private address must be refused, so SSRF
 * cases aim at the origin itself by other spellings and names: one slipping through would show as a
 * request for `/faults/secret`. No case sends a request anywhere but this machine's loopback.
 */
import assert from 'node:assert/strict';
import { route } from '../helpers/proxy.mjs';

export const ALLOWED_ORIGIN = 'https://blog.example';

/** Polls `predicate` a bounded number of times (never asserts on time). */
async function eventually(predicate, tries = 200) {
  for (let i = 0; i < tries; i++) {
    if (await predicate()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

async function expectError(response, status, code) {
  assert.equal(response.status, status, `status for ${response.url}`);
  assert.match(response.headers.get('content-type'), /^application\/json/);
  const body = await response.json();
  assert.equal(body.error, code, body.message);
  return body;
}

/** The first text of each simple XML element. */
const xmlFields = (xml) => Object.fromEntries([...xml.matchAll(/<(\w+)>([^<]*)<\/\1>/g)].map(([, name, text]) => [name, text]));

export const CASES = [
  // Routes.
  {
    name: 'GET /healthz answers 200 and is never cached',
    async run({ get }) {
      const response = await get('/healthz');
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.deepEqual(await response.json(), { status: 'ok' });
    },
  },
  {
    name: 'GET / names the endpoints; an unknown path is a JSON 404',
    async run({ get }) {
      const root = await get('/');
      assert.equal(root.status, 200);
      assert.equal((await root.json()).name, 'post-embeds proxy');
      await expectError(await get('/nothing-here'), 404, 'no-route');
      await expectError(await get('/constructor'), 404, 'no-route');
    },
  },
  {
    name: 'another method is a 405 with Allow; OPTIONS is a CORS preflight',
    async run({ get, at }) {
      const post = await get(route('meta', at('/samples/plain')), { method: 'POST', body: 'x' });
      await expectError(post, 405, 'method-not-allowed');
      assert.equal(post.headers.get('allow'), 'GET, HEAD, OPTIONS');
      const preflight = await get(route('meta', at('/samples/plain')), {
        method: 'OPTIONS',
        headers: { origin: ALLOWED_ORIGIN, 'access-control-request-method': 'GET' },
      });
      assert.equal(preflight.status, 204);
      assert.match(preflight.headers.get('access-control-allow-methods'), /GET/);
      assert.equal(preflight.headers.get('access-control-allow-origin'), ALLOWED_ORIGIN);
    },
  },

  // oEmbed, both formats.
  {
    name: '/oembed answers JSON from the endpoint a page head links (WordPress), with caching headers',
    async run({ get, at }) {
      const response = await get(route('oembed', at('/chinese-open-source-ai-models-cheap-deployable/')));
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.match(response.headers.get('etag'), /^"[^"]+"$/, 'a strong ETag');
      assert.match(response.headers.get('cache-control'), /^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/);
      const body = await response.json();
      assert.equal(body.type, 'rich');
      assert.equal(body.provider_name, 'Florin.blog');
      assert.equal(body.title, 'Are Chinese open-source AI models ‘winning’ by being cheap and deployable?');
      assert.deepEqual([body.width, body.height], [600, 338]);
    },
  },
  {
    name: '/oembed?format=xml answers oEmbed XML, from a JSON endpoint found by the Link header',
    async run({ get, at }) {
      const response = await get(route('oembed', at('/videos/sunrise-over-the-dunes'), '&format=xml'));
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/xml; charset=utf-8');
      const xml = await response.text();
      assert.match(xml, /^<\?xml version="1\.0" encoding="utf-8" standalone="yes"\?>\n<oembed>/);
      const fields = xmlFields(xml);
      assert.equal(fields.type, 'video');
      assert.equal(fields.author_name, 'Daniel Okafor');
      assert.match(fields.html, /^&lt;iframe src=/, 'the html field is escaped text');
    },
  },
  {
    name: '/oembed reads an XML endpoint, passes maxwidth on, and keeps Arabic text intact',
    async run({ get, at }) {
      const photo = await get(route('oembed', at('/photos/peat-bog-morning')));
      assert.equal(photo.status, 200);
      const body = await photo.json();
      assert.deepEqual([body.type, body.width, body.height, body.title], ['photo', 1200, 800, 'Morning mist over a raised peat bog']);
      const arabic = await get(route('oembed', at('/ar/chinese-open-source-ai-models-ar/'), '&format=xml&maxwidth=300'));
      assert.equal(arabic.status, 200);
      const fields = xmlFields(await arabic.text());
      assert.equal(fields.title, 'هل نماذج الذكاء الاصطناعي الصينية مفتوحة المصدر “تفوز” لكونها رخيصة وسهلة النشر؟');
      assert.deepEqual([fields.width, fields.height], ['300', '169']);
    },
  },
  {
    name: '/oembed refuses bad parameters: no url (400), an unknown format (501), a bad maxwidth (400)',
    async run({ get, at }) {
      await expectError(await get('/oembed'), 400, 'bad-url');
      await expectError(await get(route('oembed', at('/videos/sunrise-over-the-dunes'), '&format=yaml')), 501, 'unsupported-format');
      await expectError(await get(route('oembed', at('/videos/sunrise-over-the-dunes'), '&maxwidth=-3')), 400, 'bad-parameter');
    },
  },

  // Metadata.
  {
    name: '/meta describes the Arabic post (Open Graph, JSON-LD, lang and dir)',
    async run({ get, at }) {
      const response = await get(route('meta', at('/ar/chinese-open-source-ai-models-ar/')));
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
      const meta = await response.json();
      assert.equal(meta.url, at('/ar/chinese-open-source-ai-models-ar/'));
      assert.equal(meta.title, 'هل نماذج الذكاء الاصطناعي الصينية مفتوحة المصدر “تفوز” لكونها رخيصة وسهلة النشر؟');
      assert.deepEqual([meta.language, meta.dir, meta.siteName, meta.author], ['ar', 'rtl', 'Florin.blog', 'Admin']);
      assert.deepEqual(meta.image, {
        url: at('/images/open-models-network.svg'),
        width: 1600,
        height: 900,
        alt: 'تدرّج لوني يرمز إلى شبكة من النماذج المفتوحة',
      });
    },
  },
  {
    name: 'HEAD answers the headers of GET without a body',
    async run({ get, at }) {
      const response = await get(route('meta', at('/samples/plain')), { method: 'HEAD' });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('etag'), /^"[^"]+"$/);
      assert.equal(await response.text(), '');
    },
  },

  // Caching and ETags.
  {
    name: 'a repeated request is served from the cache: one upstream request, the same bytes',
    async run({ get, at, origin }) {
      const target = route('oembed', at(`/faults/page?oembed=${encodeURIComponent('/faults/counted-oembed?case=repeat')}`));
      const first = await get(target);
      const second = await get(target);
      assert.equal(first.status, 200);
      assert.equal(await first.text(), await second.text());
      assert.equal(first.headers.get('etag'), second.headers.get('etag'));
      assert.equal(origin.hits('/faults/counted-oembed?case=repeat'), 1);
    },
  },
  {
    name: 'concurrent requests for one URL share one upstream request',
    async run({ get, at, origin, otherClient }) {
      const target = route('oembed', at(`/faults/page?oembed=${encodeURIComponent('/faults/counted-oembed?case=concurrent&hold=1')}`));
      const first = get(target);
      assert.ok(await eventually(() => origin.hits('/faults/counted-oembed?case=concurrent') === 1), 'the upstream was asked');
      const second = otherClient(target);
      await new Promise((resolve) => setTimeout(resolve, 300)); // for the second request to reach the proxy and wait
      origin.release();
      const answers = await Promise.all([first, second]);
      assert.deepEqual(answers.map((answer) => answer.status), [200, 200]);
      const [a, b] = await Promise.all(answers.map((answer) => answer.json()));
      assert.deepEqual(a, b);
      assert.equal(a.title, 'Counted');
      assert.equal(origin.hits('/faults/counted-oembed?case=concurrent'), 1);
    },
  },
  {
    name: 'a stale answer is served at once while the proxy refreshes it from the upstream',
    async run({ get, at, origin }) {
      const endpoint = `/faults/counted-oembed?case=stale&numbered=1&cc=${encodeURIComponent('max-age=1, stale-while-revalidate=600')}`;
      const target = route('oembed', at(`/faults/page?oembed=${encodeURIComponent(endpoint)}`));
      const title = async () => {
        const response = await get(target);
        assert.equal(response.status, 200);
        return (await response.json()).title;
      };
      assert.equal(await title(), 'Counted 1');
      await new Promise((resolve) => setTimeout(resolve, 1100)); // past max-age=1: stale from now on
      assert.equal(await title(), 'Counted 1', 'the stale answer, at once');
      assert.ok(await eventually(() => origin.hits(endpoint) === 2), 'one refresh was asked for');
      assert.ok(await eventually(async () => (await title()) === 'Counted 2'), 'the refreshed answer is served next');
    },
  },
  {
    name: 'a refresh the runtime cut short (a stale oEmbed behind /meta) leaves the URL working: reloaded once expired',
    async run({ get, at, origin }) {
      // The fault page has no author, site name or image, so /meta falls back on its oEmbed: when that is
      // stale, /meta starts its refresh and answers without waiting, and nothing hands that refresh to
      // `waitUntil`: Workers end it with the /meta request.
      const endpoint = `/faults/counted-oembed?case=cut-short&numbered=1&cc=${encodeURIComponent('max-age=1, stale-while-revalidate=2')}`;
      const page = at(`/faults/page?oembed=${encodeURIComponent(endpoint)}`);
      const oembedTitle = async () => {
        const response = await get(route('oembed', page));
        const body = await response.json();
        assert.equal(response.status, 200, body.message);
        return body.title;
      };
      assert.equal(await oembedTitle(), 'Counted 1');
      await new Promise((resolve) => setTimeout(resolve, 1100)); // stale now, for 2 s
      assert.equal((await get(route('meta', page))).status, 200);
      await new Promise((resolve) => setTimeout(resolve, 2200)); // the first answer has expired by now
      // Answered (where the refresh ran, its answer may be stale by now and refreshed again: Counted 2 or 3).
      await oembedTitle();
      assert.match(await oembedTitle(), /^Counted [23]$/);
    },
  },
  {
    name: 'If-None-Match with the ETag is a 304 without a body, for JSON and XML alike',
    async run({ get, at }) {
      for (const format of ['json', 'xml']) {
        const target = route('oembed', at('/videos/sunrise-over-the-dunes'), `&format=${format}`);
        const first = await get(target);
        assert.equal(first.status, 200);
        const etag = first.headers.get('etag');
        await first.arrayBuffer();
        const again = await get(target, { headers: { 'if-none-match': etag } });
        assert.equal(again.status, 304, format);
        assert.equal(again.headers.get('etag'), etag);
        assert.equal(await again.text(), '');
        const stale = await get(target, { headers: { 'if-none-match': '"something-else"' } });
        assert.equal(stale.status, 200, format);
        await stale.arrayBuffer();
      }
    },
  },
  {
    name: "Cache-Control follows the upstream: cache_age sets the lifetime, no-store is kept",
    async run({ get, at }) {
      const aged = await get(route('oembed', at('/faults/page?oembed=/faults/oembed/cache-age')));
      assert.equal(aged.status, 200);
      assert.equal(aged.headers.get('cache-control'), 'public, max-age=120, s-maxage=120, stale-while-revalidate=120');
      const fresh = await get(route('oembed', at('/faults/page?oembed=/faults/oembed/no-store')));
      assert.equal(fresh.status, 200);
      assert.equal(fresh.headers.get('cache-control'), 'no-store');
    },
  },
  {
    name: 'CORS: the configured origin may read answers, another may not',
    async run({ get, at }) {
      const allowed = await get(route('meta', at('/samples/plain')), { headers: { origin: ALLOWED_ORIGIN } });
      assert.equal(allowed.headers.get('access-control-allow-origin'), ALLOWED_ORIGIN);
      assert.match(allowed.headers.get('vary') ?? '', /origin/i);
      const other = await get(route('meta', at('/samples/plain')), { headers: { origin: 'https://elsewhere.example' } });
      assert.equal(other.status, 200);
      assert.equal(other.headers.get('access-control-allow-origin'), null);
    },
  },

  // Size caps.
  {
    name: 'an oEmbed body past 256 KiB is a 422, and the upstream connection is closed',
    async run({ get, at, origin }) {
      const response = await get(route('oembed', at('/faults/page?oembed=/faults/huge-oembed')));
      const body = await expectError(response, 422, 'invalid-upstream');
      assert.match(body.message, /larger than 262144 bytes/);
      assert.ok(await eventually(() => origin.wasCutOff('/faults/huge-oembed')), 'the origin saw the connection closed early');
    },
  },
  {
    name: 'an HTML head that never ends is read up to the cap: the title still comes, the rest is never fetched',
    async run({ get, at, origin }) {
      const response = await get(route('meta', at('/faults/huge-head')));
      assert.equal(response.status, 200);
      const meta = await response.json();
      assert.equal(meta.title, 'Endless head');
      assert.equal(meta.language, 'en');
      assert.ok(await eventually(() => origin.wasCutOff('/faults/huge-head')), 'the origin saw the connection closed early');
    },
  },

  // Compressed bodies: the runtime's fetch inflates them (the Node transport does it itself).
  {
    name: 'pages and oEmbeds sent with gzip, or with deflate or br when the runtime asks for them, are read',
    async run({ get, second }) {
      for (const ce of ['gzip', 'deflate', 'br']) {
        const meta = await get(route('meta', second.at(`/page?ce=${ce}`)));
        assert.equal(meta.status, 200, ce);
        const described = await meta.json();
        assert.deepEqual([described.title, described.description], ['Compressed page', 'Read through its Content-Encoding'], ce);
        const oembed = await get(route('oembed', second.at(`/page?ce=${ce}`)));
        assert.equal(oembed.status, 200, ce);
        assert.equal((await oembed.json()).title, 'Compressed oEmbed', ce);
      }
      assert.ok(second.sent.filter((coding) => coding === 'gzip').length >= 2, 'gzip bodies were sent and read');
    },
  },
  {
    name: 'a compression bomb is read up to the HTML cap only, and its connection closed',
    async run({ get, second }) {
      const response = await get(route('meta', second.at('/bomb')));
      assert.equal(response.status, 200);
      assert.equal((await response.json()).title, 'Bomb');
      assert.equal(second.bombsServed(), 1);
      assert.ok(await eventually(() => second.bombsSending() === 0), 'the bomb is no longer being sent');
      assert.equal(second.bombsCut(), 1, 'the proxy closed the connection before the end');
    },
  },

  {
    name: 'an HTTPS upstream is read, and its redirect to a private address refused',
    async run({ get, second, origin }) {
      const meta = await get(route('meta', second.tlsAt('/page?ce=gzip')));
      assert.equal(meta.status, 200);
      assert.equal((await meta.json()).title, 'Compressed page');
      const oembed = await get(route('oembed', second.tlsAt('/page?ce=gzip')));
      assert.equal(oembed.status, 200);
      assert.equal((await oembed.json()).title, 'Compressed oEmbed');
      for (const [to, code] of [
        [`http://127.0.0.2:${origin.port}/faults/secret`, 'refused-port'],
        ['http://127.0.0.2/faults/secret', 'refused-address'],
        ['https://[::1]/faults/secret', 'refused-address'],
      ]) {
        await expectError(await get(route('meta', second.tlsAt(`/redirect?to=${encodeURIComponent(to)}`))), 403, code);
      }
      assert.equal(second.redirects(), 3);
      assert.equal(origin.hits('/faults/secret'), 0);
    },
  },

  // SSRF: literals and names of this machine, directly and as redirect targets.
  {
    name: 'private addresses other than the allowed origin are refused before any request',
    async run({ get, origin }) {
      const port = origin.port;
      // On the default port, the address (or name) is what is refused…
      const refused = [
        ['http://127.0.0.1/faults/secret', 'refused-address'], // the origin's own address, on another port
        ['http://127.0.0.2/faults/secret', 'refused-address'],
        ['http://0x7f.2/faults/secret', 'refused-address'], // 127.0.0.2 in hexadecimal and two parts
        ['http://2130706434/faults/secret', 'refused-address'], // 127.0.0.2 as one number
        ['http://0.0.0.0/faults/secret', 'refused-address'],
        ['http://[::1]/faults/secret', 'refused-address'],
        ['http://[::ffff:127.0.0.1]/faults/secret', 'refused-address'],
        ['http://[::ffff:7f00:2]/faults/secret', 'refused-address'],
        ['http://localhost/faults/secret', 'refused-address'],
        ['http://metadata.internal/faults/secret', 'refused-address'],
        ['http://printer.local/faults/secret', 'refused-address'],
        // …on the origin's port, other spellings and names of the origin itself: one slipping through
        // would reach it and be counted below.
        [`http://localhost:${port}/faults/secret`, 'refused-port'],
        [`http://0.0.0.0:${port}/faults/secret`, 'refused-port'],
        [`http://[::ffff:127.0.0.1]:${port}/faults/secret`, 'refused-port'],
        [`http://[::1]:${port}/faults/secret`, 'refused-port'],
      ];
      for (const [target, code] of refused) {
        for (const name of ['meta', 'oembed']) {
          const response = await get(route(name, target));
          const body = await response.json();
          assert.deepEqual([response.status, body.error], [403, code], `${name} ${target}: ${body.message}`);
        }
      }
      assert.equal(origin.hits('/faults/secret'), 0);
    },
  },
  {
    name: 'a redirect to a private address is refused, and never followed',
    async run({ get, at, origin }) {
      const port = origin.port;
      const redirects = [
        ['http://127.0.0.2/faults/secret', 'refused-address'],
        ['http://[::ffff:127.0.0.1]/faults/secret', 'refused-address'],
        ['http://localhost/faults/secret', 'refused-address'],
        [`http://localhost:${port}/faults/secret`, 'refused-port'],
        [`http://0.0.0.0:${port}/faults/secret`, 'refused-port'],
      ];
      for (const [to, code] of redirects) {
        await expectError(await get(route('meta', at(`/faults/redirect?to=${encodeURIComponent(to)}`))), 403, code);
      }
      assert.equal(origin.hits('/faults/redirect?'), redirects.length, 'each redirect was asked for');
      assert.equal(origin.hits('/faults/secret'), 0, 'none was followed');
    },
  },
  {
    name: 'only http(s) without credentials is fetched',
    async run({ get, at }) {
      for (const target of ['file:///etc/passwd', 'ftp://127.0.0.1/', 'data:text/html,<title>x</title>', 'javascript:alert(1)']) {
        await expectError(await get(route('meta', target)), 400, 'bad-url');
      }
      await expectError(await get(route('meta', at('/samples/plain').replace('//', '//user:pass@'))), 400, 'bad-url');
      await expectError(await get(route('meta', 'not a url')), 400, 'bad-url');
    },
  },

  // Upstream errors.
  {
    name: 'upstream failures: 404 passes on, a non-HTML page is a 422, a loop of redirects a 502, a closed port a 502',
    async run({ get, at, origin, closedPort }) {
      await expectError(await get(route('meta', at('/no/such/page'))), 404, 'not-found');
      await expectError(await get(route('meta', at('/images/e-bike.svg'))), 422, 'invalid-upstream');
      await expectError(await get(route('oembed', at('/faults/page?oembed=/faults/oembed/malformed-json'))), 422, 'invalid-upstream');
      await expectError(await get(route('oembed', at('/samples/open-graph'))), 404, 'not-found');
      await expectError(await get(route('meta', at('/faults/redirect-loop/0'))), 502, 'upstream-error');
      assert.equal(origin.hits('/faults/redirect-loop/'), 6, 'the first request and 5 redirects');
      await expectError(await get(route('meta', `http://127.0.0.1:${closedPort}/`)), 502, 'upstream-error');
    },
  },

  {
    name: 'a page that takes 3 s and an oEmbed that stalls mid-body: a 504 after both timeouts (13 s), and the proxy keeps serving',
    async run({ get, at, second }) {
      // Each upstream request has its own 10 s: one answer may take longer than that, and the runtime's
      // server must keep the client's connection open meanwhile (Bun's idle timeout is 10 s by default).
      const page = second.at(`/slow-page?oembed=${encodeURIComponent(at('/faults/slow-oembed'))}`);
      await expectError(await get(route('oembed', page)), 504, 'upstream-timeout');
      assert.equal((await get(route('meta', at('/samples/plain')))).status, 200);
    },
  },

  // Last: it spends the client's rate-limit budget.
  {
    name: 'a client past its rate limit gets 429 with Retry-After, and health checks still answer',
    async run({ get, otherClient }) {
      let limited;
      for (let i = 0; i < 100 && !limited; i++) {
        const response = await get('/');
        if (response.status === 429) limited = response;
        else await response.arrayBuffer();
      }
      assert.ok(limited, 'a 429 within 100 requests (the bucket holds 60)');
      assert.match(limited.headers.get('retry-after'), /^[1-9]\d*$/);
      assert.equal((await limited.json()).error, 'rate-limited');
      assert.equal((await get('/healthz')).status, 200);
      assert.equal((await otherClient('/')).status, 200, 'another client is served');
    },
  },
];
