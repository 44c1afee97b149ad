/**
 * The bodies the XSS suite serves: one realistic document per source format, with every string in it
 * (text, HTML, URL, date, name, language) replaced by the vector under test. Structural values that pick
 * the reader (`version` of a JSON Feed, `type` and `version` of oEmbed) stay, so each body reaches the
 * adapter it is written for; the element is also told its format.
 */
import { loadFixture } from '../fixtures/load.js';

export interface Doc {
  type: string;
  body: string;
}

/** A JSON document and the keys whose string values stay as they are. */
interface Template {
  type: string;
  json: unknown;
  keep?: readonly string[];
  xml?: boolean;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** `value` with every string leaf (except under `keep` keys) replaced by `payload`; counts the leaves replaced. */
function hostile(value: unknown, payload: string, keep: readonly string[], count: { fields: number }, key = ''): unknown {
  if (typeof value == 'string') {
    if (keep.includes(key)) return value;
    count.fields++;
    return payload;
  }
  if (Array.isArray(value)) return value.map((item) => hostile(item, payload, keep, count, key));
  if (value && typeof value == 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, hostile(item, payload, keep, count, name)]));
  }
  return value;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An oEmbed response as XML (https://oembed.com, section 2.3.4). */
export function oembedXml(fields: Record<string, unknown>): string {
  const elements = Object.entries(fields).map(([name, value]) => `<${name}>${escapeXml(String(value))}</${name}>`);
  return `<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<oembed>${elements.join('')}</oembed>`;
}

const oembedBase = {
  version: '1.0',
  title: 'Title',
  author_name: 'Author',
  author_url: 'https://127.0.0.1:9/author',
  provider_name: 'Provider',
  provider_url: 'https://127.0.0.1:9/',
  cache_age: 3600,
  thumbnail_url: 'https://127.0.0.1:9/thumb.jpg',
  thumbnail_width: 480,
  thumbnail_height: 360,
};

export const OEMBED = {
  photo: { ...oembedBase, type: 'photo', url: 'https://127.0.0.1:9/photo.jpg', width: 640, height: 480 },
  video: { ...oembedBase, type: 'video', html: '<iframe src="https://127.0.0.1:9/player"></iframe>', width: 640, height: 360 },
  rich: { ...oembedBase, type: 'rich', html: '<div>rich</div>', width: 600, height: 200 },
  link: { ...oembedBase, type: 'link' },
};

/** A native `Post` with every field the model has. */
export const NATIVE = {
  id: '1',
  title: 'Title',
  url: 'https://127.0.0.1:9/post/',
  excerpt: 'Excerpt',
  published: '2026-01-14T07:30:00Z',
  modified: '2026-01-15T07:30:00Z',
  dateText: 'January 14, 2026',
  authors: [{ name: 'Author', url: 'https://127.0.0.1:9/author/', avatar: 'https://127.0.0.1:9/avatar.png' }],
  image: {
    url: 'https://127.0.0.1:9/image.jpg',
    width: 1600,
    height: 900,
    alt: 'Alt',
    candidates: [{ url: 'https://127.0.0.1:9/image-300.jpg', width: 300, height: 169 }],
  },
  terms: [{ name: 'Term', taxonomy: 'category', url: 'https://127.0.0.1:9/term/', id: '3' }],
  categoryIds: ['3'],
  tagIds: ['4'],
  wordCount: 950,
  language: 'en',
  related: [{ id: '2', title: 'Related', url: 'https://127.0.0.1:9/related/', dateText: 'December 2, 2025', authors: [], terms: [] }],
};

/** One CSL-JSON item with every field the citation model reads. */
export const CSL = [
  {
    id: 'item',
    type: 'article-newspaper',
    title: 'Title',
    'container-title': 'Container',
    section: 'Section',
    publisher: 'Publisher',
    'publisher-place': 'Place',
    author: [{ family: 'Family', given: 'Given' }, { literal: 'Organisation' }],
    issued: { 'date-parts': [['2019', 3, 22]] },
    accessed: { 'date-parts': [[2026, 3, 5]] },
    URL: 'https://127.0.0.1:9/article',
    language: 'en',
  },
];

/** The proxy's `/meta` answer (`PageMetadata` in src/server/metadata.ts), every field present. */
export const META = {
  url: 'https://127.0.0.1:9/page',
  canonicalUrl: 'https://127.0.0.1:9/page',
  title: 'Title',
  description: 'Description',
  siteName: 'Site',
  author: 'Ann Author',
  authors: ['Ann Author', 'Bob Writer'],
  published: '2025-11-05',
  modified: '2025-11-06',
  language: 'en',
  dir: 'ltr',
  type: 'article',
  section: 'Section',
  image: { url: 'https://127.0.0.1:9/image.jpg', width: 1200, height: 630, alt: 'Alt' },
};

/**
 * An RSS 2.0 and an Atom document (written for this suite) with every text, URL, date, name and language replaced
 * by the payload: escaped as XML text (so the reader sees the payload itself), and in CDATA where feeds put HTML.
 * `]]>` in a payload ends the CDATA early: a broken document, which the element must also survive.
 */
function hostileFeeds(payload: string): Record<string, Doc & { fields: number }> {
  const t = escapeXml(payload).replace(/"/g, '&quot;');
  const c = `<![CDATA[${payload}]]>`;
  const rssItem = `<item><title>${t}</title><link>${t}</link><guid>${t}</guid><dc:creator>${t}</dc:creator><author>${t}</author><pubDate>${t}</pubDate><category>${t}</category><description>${c}</description><content:encoded>${c}</content:encoded><media:content url="${t}" medium="image"/><enclosure url="${t}" type="image/jpeg"/><itunes:image href="${t}"/></item>`;
  const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>${t}</title><link>${t}</link><language>${t}</language>${rssItem}${rssItem.replace('<title>', '<title type="html">')}</channel></rss>`;
  const entry = `<entry xml:lang="${t}"><id>${t}</id><title type="html">${t}</title><link rel="alternate" href="${t}"/><author><name>${t}</name><uri>${t}</uri></author><published>${t}</published><updated>${t}</updated><category term="${t}" label="${t}"/><summary type="html">${t}</summary><content type="html">${c}</content></entry>`;
  const atom = `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${t}"><title>${t}</title><link href="${t}"/>${entry}${entry}</feed>`;
  return {
    rss: { type: 'application/rss+xml', body: rss, fields: 2 * 12 + 3 },
    atom: { type: 'application/atom+xml', body: atom, fields: 2 * 13 + 3 },
  };
}

let templates: Promise<Record<string, Template>> | undefined;

/** The templates, by document name (fixtures load once). */
function loadTemplates(): Promise<Record<string, Template>> {
  templates ??= (async () => {
    const [wpPost, wpPosts, ghost, feed] = await Promise.all([
      loadFixture('wordpress-post.json'),
      loadFixture('wordpress-posts.json'),
      loadFixture('ghost-posts.json'),
      fetch('/api/feed.json').then((response) => response.json()),
    ]);
    const oembedKeep = ['type', 'version'];
    return {
      wordpress: { type: JSON_TYPE, json: wpPost },
      wordpressList: { type: JSON_TYPE, json: wpPosts.slice(0, 2) },
      jsonfeed: { type: 'application/feed+json', json: { ...feed, items: feed.items.slice(0, 2) }, keep: ['version'] },
      ghost: { type: JSON_TYPE, json: { ...ghost, posts: ghost.posts.slice(0, 2) } },
      native: { type: JSON_TYPE, json: NATIVE },
      csl: { type: 'application/vnd.citationstyles.csl+json', json: CSL },
      meta: { type: JSON_TYPE, json: META },
      ...Object.fromEntries(
        Object.entries(OEMBED).flatMap(([kind, json]) => [
          [`oembed-${kind}`, { type: JSON_TYPE, json, keep: oembedKeep }],
          [`oembed-xml-${kind}`, { type: 'text/xml; charset=utf-8', json, keep: oembedKeep, xml: true }],
        ]),
      ),
    };
  })();
  return templates;
}

/** Every document with `payload` in each of its string fields, and how many fields that is, by name. */
export async function hostileDocuments(payload: string): Promise<{ docs: Record<string, Doc>; fields: Record<string, number> }> {
  const docs: Record<string, Doc> = {};
  const fields: Record<string, number> = {};
  for (const [name, template] of Object.entries(await loadTemplates())) {
    const count = { fields: 0 };
    const json = hostile(template.json, payload, template.keep ?? [], count);
    docs[name] = { type: template.type, body: template.xml ? oembedXml(json as Record<string, unknown>) : JSON.stringify(json) };
    fields[name] = count.fields;
  }
  for (const [name, { fields: count, ...doc }] of Object.entries(hostileFeeds(payload))) {
    docs[name] = doc;
    fields[name] = count;
  }
  return { docs, fields };
}

/** Stores `docs` on the fixture API's echo route; returns the URL of each, by name. */
export async function serveDocuments(docs: Record<string, Doc>): Promise<(name: string) => string> {
  const response = await fetch('/api/__echo', { method: 'POST', body: JSON.stringify({ docs }) });
  const { id } = (await response.json()) as { id: string };
  return (name) => new URL(`/api/__echo/${id}/${name}`, location.href).href;
}
