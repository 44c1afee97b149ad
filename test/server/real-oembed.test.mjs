/**
 * The proxy's /oembed over every recorded oEmbed response of the corpus (test/fixtures/real/oembed/,
 * SOURCES.md), JSON and XML, served as recorded (status, content type, body) from a loopback origin that a
 * registry entry names as each page's provider. Expected values come from the recorded body through the
 * rules written here (oEmbed 1.0's required fields, with the sizes real providers leave out tolerated), not
 * from the proxy's reader. Test names carry the issue-10 class a response exercises.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readdir } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { readRecorded } from '../fixtures/recorded.mjs';
import { route, testProxy } from './helpers/proxy.mjs';

const DIR = new URL('../fixtures/real/oembed/', import.meta.url);

/** The oEmbed answers recorded in ruby-oembed's cassette, by interaction (the rest are pages). */
const CASSETTE = 'OEmbed_ProviderDiscovery.yml';
const CASSETTE_ANSWERS = [4, 8, 13, 17, 28, 34, 44, 58];

/** XML's five named references and numeric ones (all an oEmbed XML answer may hold in text). */
const XML_NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text) =>
  text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name) =>
    name[0] === '#' ? String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1))) : (XML_NAMED[name] ?? whole),
  );

/** The fields of a recorded answer: `JSON.parse`, or the text of each flat child of `<oembed>` (first wins). */
function fields(body) {
  if (!/^\s*</.test(body)) return JSON.parse(body);
  const root = /<oembed>([\s\S]*)<\/oembed>/.exec(body)?.[1] ?? '';
  const found = {};
  for (const [, name, text] of root.matchAll(/<(\w+)>([^<]*)<\/\1>/g)) found[name] ??= decodeXml(text);
  return found;
}

const isHttp = (value) => typeof value === 'string' && /^https?:\/\//i.test(value.trim());
const isSize = (value) => (typeof value === 'number' || (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value))) && +value >= 0.5;

/** Why a response is not a valid oEmbed 1.0 answer (the proxy refuses it: 422), or undefined. */
function problem(data) {
  const version = typeof data.version === 'string' ? data.version.trim() : data.version;
  if (version !== undefined && version !== '1.0' && version !== 1) return 'version';
  if (data.type === 'link') return undefined;
  if (data.type === 'photo') return isHttp(data.url) ? undefined : 'a photo without url';
  if (data.type === 'video' || data.type === 'rich') return typeof data.html === 'string' && data.html.trim() ? undefined : `a ${data.type} without html`;
  return 'unknown type';
}

/** The issue-10 classes a response exercises, for the test names. */
function classes(data) {
  const tags = [];
  if ((data.type === 'video' || data.type === 'rich') && !(isSize(data.width) && isSize(data.height))) tags.push('class 1: sizeless');
  if (data.type === 'photo' && !(isSize(data.width) && isSize(data.height))) tags.push('class 2: sizeless photo');
  return tags.length ? `[${tags.join(', ')}] ` : '';
}

/** HTML's character references, as far as these answers use them (named ones HTML defines, numeric ones). */
const HTML_NAMED = { ...XML_NAMED, nbsp: '\u00a0', hellip: '…', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };
const decodeHtml = (text) =>
  text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name) =>
    name[0] === '#' ? String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1))) : (HTML_NAMED[name] ?? whole),
  );

/** Plain text as the proxy answers it: references decoded once (class 6), white space collapsed. */
const text = (value) => decodeHtml(String(value)).replace(/\s+/g, ' ').trim();

describe('real oEmbed responses through /oembed (corpus)', async () => {
  const files = [
    ...(await readdir(DIR)).filter((file) => file.endsWith('.php')).sort(),
    ...CASSETTE_ANSWERS.map((n) => `${CASSETTE}@${n}`),
  ];
  let server;
  let origin;
  let proxy;

  before(async () => {
    // `/answer/<file>`: the recorded answer, whatever the query (the proxy adds url and format).
    server = createServer(async (req, res) => {
      const file = decodeURIComponent(new URL(req.url, 'http://origin.test').pathname.replace(/^\/answer\//, ''));
      const recorded = await readRecorded(new URL(file, DIR).pathname).catch(() => undefined);
      res.writeHead(recorded?.status ?? 404, { 'Content-Type': recorded?.contentType ?? 'text/plain' });
      res.end(recorded?.body ?? 'Not recorded');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://origin.test:${server.address().port}`;
    // One registry entry per file: page `/page/<i>` is served by that file's answer, in its format.
    const providers = [];
    for (const [i, file] of files.entries()) {
      const { body } = await readRecorded(new URL(file, DIR).pathname);
      const xml = /^\s*</.test(body) && /<oembed/.test(body);
      providers.push({
        provider_name: file,
        endpoints: [{ schemes: [`${origin}/page/${i}`], url: `${origin}/answer/${encodeURIComponent(file)}`, formats: [xml ? 'xml' : 'json'] }],
      });
    }
    proxy = testProxy({ providers });
  });
  after(() => server.close());

  for (const [i, file] of files.entries()) {
    const recorded = await readRecorded(new URL(file, DIR).pathname);
    const xml = /^\s*</.test(recorded.body) && /<oembed/.test(recorded.body);
    const data = recorded.status === 200 ? fields(recorded.body) : undefined;
    const why = data ? problem(data) : `the provider answered ${recorded.status}`;
    const name = `${xml ? '[XML] ' : ''}${data ? classes(data) : ''}${file}: ${why ? `an error (${why})` : `a ${data.type}`}`;

    it(name, async () => {
      const response = await proxy.get(route('oembed', `${origin}/page/${i}`));
      if (why) {
        assert.ok(response.status >= 400, `status ${response.status}`);
        if (data) assert.equal(response.status, 422);
        return;
      }
      assert.equal(response.status, 200, await response.clone().text());
      const answer = await response.json();
      assert.equal(answer.type, data.type);
      assert.equal(answer.version, '1.0');
      if (typeof data.title === 'string' && text(data.title) && text(data.title).length <= 1000) assert.equal(answer.title, text(data.title));
      if (data.type === 'video' || data.type === 'rich') {
        // The player is kept, its HTML untouched; sizes only where the provider gave numbers.
        assert.equal(answer.html, data.html);
        assert.equal(answer.width, isSize(data.width) ? Math.round(+data.width) : undefined);
        assert.equal(answer.height, isSize(data.height) ? Math.round(+data.height) : undefined);
      }
      // The photo itself through the proxy's /image route (proxyImages, the default).
      if (data.type === 'photo') assert.equal(answer.url, `image?url=${encodeURIComponent(new URL(data.url.trim()).href)}`);
      // The text fields (the provider's own html is passed on untouched: its scripts may well say "undefined").
      const { html: _html, ...fields } = answer;
      for (const value of Object.values(fields)) assert.doesNotMatch(JSON.stringify(value), /undefined|NaN|Invalid Date/);
    });
  }
});
