/**
 * `/meta` and `/oembed` read a body in the encoding a browser would (issue 27, failure 6): the real pages of
 * test/fixtures/real/charset/ (SOURCES.md) served byte for byte from a loopback origin, with the content type each
 * case names. On main only the header's charset was read: Shift_JIS declared by `http-equiv` came out as
 * U+FFFD, a UTF-16 page with a BOM had no title.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { route, testProxy } from './helpers/proxy.mjs';

const DIR = new URL('../fixtures/real/charset/', import.meta.url);
const ascii = (text) => [...Buffer.from(text, 'latin1')];
// "مرحبا" in windows-1256.
const MARHABA = [0xe3, 0xd1, 0xcd, 0xc8, 0xc7];

/** Path → [content type, body bytes]. */
const ROUTES = {
  '/shift_jis': ['text/html', readFileSync(new URL('nokogiri-shift_jis.html', DIR))],
  '/2ch': ['text/html', readFileSync(new URL('nokogiri-2ch.html', DIR))],
  '/iso-2022-jp': ['text/html', readFileSync(new URL('nokogiri-metacharset.html', DIR))],
  '/utf-16be': ['text/html', readFileSync(new URL('jsoup-bom_utf16be.html', DIR))],
  '/utf-16le': ['text/html', readFileSync(new URL('jsoup-bom_utf16le.html', DIR))],
  '/gb2312': ['text/html; charset=gb2312', readFileSync(new URL('chardet-gb18030-chromium.html', DIR))],
  '/windows-1256-meta': ['text/html', Buffer.from([...ascii('<html><head><meta charset="windows-1256"><title>'), ...MARHABA, ...ascii('</title></head></html>')])],
  // An oEmbed answer in windows-1256 that says so in its XML declaration.
  '/oembed-xml-1256': [
    'text/xml',
    Buffer.from([...ascii('<?xml version="1.0" encoding="windows-1256"?><oembed><version>1.0</version><type>link</type><title>'), ...MARHABA, ...ascii('</title></oembed>')]),
  ],
};

describe('charset through the proxy (issue 27, failure 6)', () => {
  let server;
  let origin;
  const proxy = testProxy();

  before(async () => {
    server = createServer((req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      if (path.startsWith('/page-for/')) {
        // A page pointing at an XML oEmbed on the same origin.
        const target = path.slice('/page-for'.length);
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<link rel="alternate" type="text/xml+oembed" href="${target}"><title>x</title>`);
        return;
      }
      const found = ROUTES[path];
      res.writeHead(found ? 200 : 404, { 'content-type': found?.[0] ?? 'text/plain' });
      res.end(found?.[1] ?? 'no');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://origin.test:${server.address().port}`;
  });
  after(() => server.close());

  const cases = [
    ['/shift_jis', 'Shift_JIS declared by <meta http-equiv>', 'こんにちは！'],
    ['/2ch', 'a real Shift_JIS page (2ch), <meta http-equiv>', '２ちゃんねる掲示板へようこそ'],
    ['/iso-2022-jp', 'ISO-2022-JP declared by <meta charset> after the title', 'たこ焼き仮面'],
    ['/utf-16be', 'UTF-16BE with a BOM', 'UTF-16BE Encoded Korean Page with BOM'],
    ['/utf-16le', 'UTF-16LE with a BOM', 'UTF-16LE Encoded Korean Page with BOM'],
    ['/gb2312', 'GB2312 named by the header', '中国制造的领军者3名'],
    ['/windows-1256-meta', 'windows-1256 declared by <meta charset>', 'مرحبا'],
  ];
  for (const [path, what, title] of cases) {
    it(`/meta: ${what}: ${title}`, async () => {
      const response = await proxy.get(route('meta', `${origin}${path}`));
      assert.equal(response.status, 200);
      const body = await response.json();
      assert.equal(body.title, title);
    });
  }

  it('/oembed: an XML answer in windows-1256 that says so in its declaration', async () => {
    const response = await proxy.get(route('oembed', `${origin}/page-for/oembed-xml-1256`));
    assert.equal(response.status, 200);
    assert.equal((await response.json()).title, 'مرحبا');
  });
});
