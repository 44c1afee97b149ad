/**
 * The proxy over the real page heads of the corpus (test/fixtures/real/pages/, SOURCES.md), served as recorded
 * from a loopback origin. Expected values come from the recorded HTML through the rules written here (the
 * first `og:title`, else `<title>`), not from the proxy's parser. Every other name resolves to nothing, so the
 * pages' real oEmbed endpoints are never reached.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readdir } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { readRecorded } from '../fixtures/recorded.mjs';
import { route, testProxy } from './helpers/proxy.mjs';
import { readHtmlHead } from '../../dist/server/html-head.js';
import { discoverOEmbed } from '../../dist/server/discovery.js';

const DIR = new URL('../fixtures/real/pages/', import.meta.url);

/** HTML's character references, as far as these pages use them (named ones HTML defines, numeric ones). */
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };
const decode = (text) =>
  text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name) =>
    name[0] === '#' ? String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1))) : (NAMED[name.toLowerCase()] ?? whole),
  );
const collapse = (text) => text.replace(/\s+/g, ' ').trim();

/** The attributes of every `<tag …>` in `html` (a plain tokenizer for expected values). */
function tags(html, tag) {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))].map(([, attributes]) =>
    Object.fromEntries([...attributes.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)].map(([, name, a, b, c]) => [name.toLowerCase(), decode(a ?? b ?? c ?? '')])),
  );
}

/** The title a page states (README order): its first `og:title`, else `twitter:title`, else its `<title>` outside `<svg>`. */
function expectedTitle(html) {
  const metas = tags(html, 'meta');
  for (const key of ['og:title', 'twitter:title']) {
    const meta = metas.find((tag) => (tag.property ?? tag.name)?.toLowerCase() === key && tag.content?.trim());
    if (meta) return collapse(meta.content);
  }
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html.replace(/<svg[\s\S]*?<\/svg>/gi, ''));
  return title && collapse(decode(title[1])) ? collapse(decode(title[1])) : undefined;
}

/** Where the page says its metadata starts, for the test names (issue 10, class 4). */
function classes(html) {
  const body = html.search(/<body[\s>]/i);
  const og = html.indexOf('og:title');
  const found = [];
  if (body >= 0 && og > body) found.push('class 4: metadata after <body>');
  if (/type=["']?(text\/json|application\/xml)\+oembed/i.test(html)) found.push('class 3: discovery spelling');
  return found.length ? `[${found.join(', ')}] ` : '';
}

describe('real pages through /meta (corpus)', async () => {
  const files = (await readdir(DIR)).sort();
  let server;
  let origin;
  const proxy = testProxy();

  before(async () => {
    server = createServer(async (req, res) => {
      // Anything else (a page's relative oEmbed link) is not recorded: 404.
      const recorded = await readRecorded(new URL(decodeURIComponent(new URL(req.url, origin).pathname.slice(1)), DIR).pathname).catch(() => undefined);
      res.writeHead(recorded?.status ?? 404, { 'Content-Type': recorded?.contentType ?? 'text/plain' });
      res.end(recorded?.body ?? 'Not recorded');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://origin.test:${server.address().port}`;
  });
  after(() => server.close());

  for (const file of files) {
    const recorded = await readRecorded(new URL(file, DIR).pathname);
    const html = /html/.test(recorded.contentType) ? recorded.body : '';
    const ok = recorded.status === 200 && html;
    it(`${classes(html)}${file}: ${ok ? 'the title the page states' : `an error (the page answered ${recorded.status} ${recorded.contentType})`}`, async () => {
      const response = await proxy.get(route('meta', `${origin}/${encodeURIComponent(file)}`));
      if (!ok) {
        assert.ok(response.status >= 400, `status ${response.status}`);
        return;
      }
      assert.equal(response.status, 200);
      const meta = await response.json();
      const title = expectedTitle(html);
      if (title && !/<script[^>]*ld\+json/i.test(html)) assert.equal(meta.title, title.length > 300 ? meta.title : title);
      else if (title) assert.ok(meta.title, 'a title');
      for (const value of Object.values(meta)) assert.doesNotMatch(JSON.stringify(value), /undefined|NaN|Invalid Date/);
    });
  }

  it('[class 3] discovers the oEmbed link of every page that has one, whatever its spelling, JSON first', async () => {
    let found = 0;
    for (const file of files) {
      const { body, contentType, status } = await readRecorded(new URL(file, DIR).pathname);
      if (status !== 200 || !/html/.test(contentType)) continue;
      const links = tags(body, 'link').filter((link) => /^(application|text)\/(json|xml)\+oembed$/i.test(link.type ?? '') && /\balternate\b/i.test(link.rel ?? ''));
      if (!links.length) continue;
      const base = new URL(`https://${file.split('.php')[0]}/`);
      const head = await readHtmlHead(new Response(body, { headers: { 'Content-Type': contentType } }), 1024 * 1024);
      const expected = links.find((link) => /json/i.test(link.type)) ?? links[0];
      assert.equal(discoverOEmbed(head.links, base)?.url.href, new URL(expected.href, base).href, file);
      found++;
    }
    assert.ok(found >= 8, `${found} pages advertise oEmbed`);
  });
});
