/**
 * Property-based tests (fast-check) of every adapter: whatever JSON (or XML) comes in, what comes out is a
 * model whose strings are strings (never a coerced object) and whose URLs are http(s) only, or a typed
 * `PostEmbedsError`; never a throw of another kind. Inputs are arbitrary JSON, and realistic documents with
 * any field replaced (by XSS vectors, unsafe URLs, other JSON types) or removed. Runs are bounded (NUM_RUNS
 * each) and seeded by fast-check; a failure prints its seed and the shrunk input.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { toCitations } from '../../../src/core/adapters/csl.js';
import { toCollection, toPost, type PostFormat } from '../../../src/core/adapters/index.js';
import { metaToCitation } from '../../../src/core/adapters/meta.js';
import { parseOEmbedJson, parseOEmbedXml } from '../../../src/core/adapters/oembed.js';
import { xmlBody } from '../../../src/core/fetch/xml-body.js';
import { PostEmbedsError } from '../../../src/shared/errors.js';
import { loadFixture } from '../../fixtures/load.js';
import { CSL, META, NATIVE, OEMBED, oembedXml } from '../../xss/documents.js';

const NUM_RUNS = 200;
const BASE = 'https://blog.example/wp-json/wp/v2/posts/42';

/** Model fields that hold URLs, in every model (post, oEmbed, citation). */
const URL_FIELDS = new Set(['url', 'avatar', 'pageUrl', 'authorUrl', 'providerUrl']);
/** The one raw-HTML field of the models, handed only to a sandboxed frame. */
const RAW_HTML_FIELDS = new Set(['untrustedHtml']);
/** What a value of the wrong type becomes when an adapter coerces it to text by mistake. */
const COERCED = /\[object \w+\]|^(?:undefined|null|NaN|true|false)$/;

/** What is wrong in `model`: URLs that are not http(s), coerced values, non-finite numbers, functions. */
function problemsOf(model: unknown, input: string): string[] {
  const problems: string[] = [];
  const visit = (value: unknown, path: string, key: string) => {
    if (typeof value == 'string') {
      if (URL_FIELDS.has(key) && !/^https?:\/\/[^\s]+$/.test(value)) problems.push(`${path}: unsafe URL ${JSON.stringify(value)}`);
      if (URL_FIELDS.has(key)) {
        try {
          if (!/^https?:$/.test(new URL(value).protocol)) problems.push(`${path}: scheme`);
        } catch {
          problems.push(`${path}: unparsable URL ${JSON.stringify(value)}`);
        }
      }
      if (!RAW_HTML_FIELDS.has(key) && COERCED.test(value) && !input.includes(value)) problems.push(`${path}: coerced ${value}`);
    } else if (typeof value == 'number') {
      if (!Number.isFinite(value)) problems.push(`${path}: ${value}`);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${path}[${index}]`, key));
    } else if (value && typeof value == 'object') {
      if (Object.getPrototypeOf(value) !== Object.prototype) problems.push(`${path}: a ${value.constructor?.name}`);
      for (const [name, item] of Object.entries(value)) visit(item, `${path}.${name}`, name);
    } else if (value !== undefined && typeof value != 'boolean') {
      problems.push(`${path}: ${typeof value}`);
    }
  };
  visit(model, 'model', '');
  return problems;
}

/** Runs `read`; passes when it gives a sound model or throws (or rejects with) a `PostEmbedsError`. */
async function sound(read: () => unknown, input: unknown): Promise<void> {
  let model: unknown;
  try {
    model = await read();
  } catch (error) {
    if (!(error instanceof PostEmbedsError)) throw new Error(`threw ${String(error)}`, { cause: error });
    return;
  }
  expect(problemsOf(model, JSON.stringify(input) ?? '')).to.deep.equal([]);
}

let vectors: string[] = [];

/** Hostile text: XSS vectors, unsafe and odd URLs, and any string. */
const hostileString = () =>
  fc.oneof(
    fc.constantFrom(...vectors),
    fc.constantFrom('javascript:alert(1)', ' JaVaScRiPt:x', 'data:text/html,<b>', '//host.example/x', '/relative', '', ' ', '\0', 'http://', 'https://[::1', '%'),
    fc.webUrl(),
    fc.string(),
    fc.string({ unit: 'binary' }),
  );

/** Any JSON value, hostile strings included. */
const anyValue = () =>
  fc.oneof(hostileString(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 2 }));

/**
 * `template` with each field kept (often), mutated, replaced by any value or left out: documents that reach
 * deep into an adapter, which arbitrary JSON rarely does.
 */
function mutated(template: unknown): fc.Arbitrary<unknown> {
  if (Array.isArray(template)) {
    return template.length ? fc.array(fc.oneof(mutated(template[0]), anyValue()), { maxLength: 3 }) : fc.array(anyValue(), { maxLength: 2 });
  }
  if (template && typeof template == 'object') {
    const fields = Object.fromEntries(
      Object.entries(template).map(([key, value]) => [key, fc.oneof({ arbitrary: mutated(value), weight: 4 }, { arbitrary: anyValue(), weight: 1 })]),
    );
    return fc.record(fields, { requiredKeys: [] });
  }
  return fc.oneof({ arbitrary: fc.constant(template), weight: 2 }, { arbitrary: typeof template == 'string' ? hostileString() : anyValue(), weight: 1 });
}

/** XML text for any string: escaped, or in CDATA (where `]]>` would end it early: a broken document, also fine). */
const xmlText = (text: string, cdata = false) => (cdata ? `<![CDATA[${text}]]>` : text.replace(/[<&>"]/g, (char) => `&#${char.charCodeAt(0)};`));

/** An RSS 2.0 or Atom document with one item made of `values`: title, link, text, author, date, image. */
function feedDocument(kind: 'rss' | 'atom', [title, link, text, author, date, image]: string[], cdata = false): string {
  const t = (value: string) => xmlText(value, cdata);
  const a = (value: string) => xmlText(value);
  return kind === 'rss'
    ? `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${t(title)}</title><link>${t(link)}</link><item><title>${t(title)}</title><link>${t(link)}</link><description>${t(text)}</description><dc:creator>${t(author)}</dc:creator><pubDate>${t(date)}</pubDate><guid>${t(link)}</guid><media:content url="${a(image)}" medium="image"/><enclosure url="${a(image)}" type="image/jpeg"/><category>${t(text)}</category></item></channel></rss>`
    : `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${a(text)}"><title>${t(title)}</title><entry><id>${t(link)}</id><title type="html">${t(title)}</title><link href="${a(link)}"/><author><name>${t(author)}</name><uri>${t(link)}</uri></author><published>${t(date)}</published><content type="html">${t(text)}&lt;img src="${a(image)}"&gt;</content><category term="${a(text)}"/></entry></feed>`;
}

const property = <T>(input: fc.Arbitrary<T>, check: (value: T) => Promise<void>) =>
  fc.assert(fc.asyncProperty(input, check), { numRuns: NUM_RUNS });

describe('adapters, for any input (fast-check)', function () {
  this.timeout(120000);
  const templates: Record<PostFormat, unknown> = { wordpress: null, jsonfeed: null, rss: null, atom: null, ghost: null, native: NATIVE };

  before(async () => {
    const [corpus, wpPost, wpPosts, ghost, feed] = await Promise.all([
      fetch(new URL('../../xss/vectors.json', import.meta.url)).then((response) => response.json()),
      loadFixture('wordpress-post.json'),
      loadFixture('wordpress-posts.json'),
      loadFixture('ghost-posts.json'),
      fetch('/api/feed.json').then((response) => response.json()),
    ]);
    vectors = corpus.vectors.map((vector: { payload: string }) => vector.payload);
    templates.wordpress = [wpPost, wpPosts[1]];
    templates.jsonfeed = { ...feed, items: feed.items.slice(0, 2) };
    templates.ghost = { ...ghost, posts: ghost.posts.slice(0, 2) };
    templates.rss = xmlBody(feedDocument('rss', ['Ebb', 'https://harbour.example/1', 'Low water', 'Ada Quill', 'Fri, 01 Mar 2024 08:00:00 GMT', 'https://harbour.example/1.jpg']));
    templates.atom = xmlBody(feedDocument('atom', ['Ebb', 'https://harbour.example/1', 'Low water', 'Ada Quill', '2024-03-01T08:00:00Z', 'https://harbour.example/1.jpg']));
  });

  it('rss and atom: a post and a collection from any feed whose fields hold any text, or a PostEmbedsError', async () => {
    const fields = fc.array(fc.oneof(hostileString(), fc.constant('')), { minLength: 6, maxLength: 6 });
    const document = fc.oneof(
      fc.tuple(fc.constantFrom('rss' as const, 'atom' as const), fields, fc.boolean()).map(([kind, values, cdata]) => feedDocument(kind, values, cdata)),
      hostileString(),
    );
    await property(document, async (xml) => {
      await sound(() => toPost(xmlBody(xml), { url: BASE }), xml);
      await sound(() => toCollection(xmlBody(xml), { url: BASE }), xml);
    });
  });

  for (const format of ['wordpress', 'jsonfeed', 'ghost', 'native', 'auto'] as const) {
    it(`${format}: a post and a collection from any JSON, or a PostEmbedsError`, async () => {
      const source = format === 'auto' ? fc.constantFrom(...Object.values(templates)).chain(mutated) : mutated(templates[format]);
      await property(fc.oneof(source, fc.jsonValue()), async (body) => {
        await sound(() => toPost(structuredClone(body), { format, url: BASE }), body);
        await sound(() => toCollection(structuredClone(body), { format, url: BASE }), body);
      });
    });
  }

  it('oEmbed JSON: a preview of any JSON, or a PostEmbedsError', async () => {
    await property(fc.oneof(fc.constantFrom(...Object.values(OEMBED)).chain(mutated), fc.jsonValue()), async (body) => {
      await sound(() => parseOEmbedJson(structuredClone(body), BASE), body);
    });
  });

  it('oEmbed XML: a preview of any XML or text, or a PostEmbedsError', async () => {
    const xml = fc.constantFrom(...Object.values(OEMBED)).chain(mutated).map((fields) =>
      oembedXml(Object.fromEntries(Object.entries(fields as object).filter(([, value]) => typeof value != 'object' || value === null))),
    );
    await property(fc.oneof(xml, hostileString()), async (text) => {
      await sound(() => parseOEmbedXml(text, BASE), text);
    });
  });

  it('CSL-JSON: citations from any JSON, or a PostEmbedsError', async () => {
    await property(fc.oneof(mutated(CSL), mutated(CSL[0]), fc.jsonValue()), async (body) => {
      await sound(() => toCitations(structuredClone(body), BASE), body);
    });
  });

  it('/meta: a citation from any JSON, for any link, or a PostEmbedsError', async () => {
    await property(fc.tuple(fc.oneof(mutated(META), fc.jsonValue()), fc.oneof(fc.webUrl(), hostileString())), async ([body, href]) => {
      await sound(() => metaToCitation(structuredClone(body), href), [body, href]);
    });
  });
});
