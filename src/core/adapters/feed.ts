/**
 * RSS 2.0 (and 0.91–0.94), RSS 1.0 (RDF) and Atom 1.0 (and 0.3) feeds to the model. A module of its own, loaded
 * when a feed arrives: the first render of a page without feeds carries none of it.
 *
 * - title: plain text (CDATA and character references decoded by the XML parser; references written twice,
 *   `&amp;#8217;`, decoded again; escaped markup, or Atom `type="html"`, reduced to text);
 * - link: RSS `link`, else a permalink `guid`; Atom `link rel="alternate"` (or without `rel`), HTML first;
 * - authors: `author` (RSS's `e-mail (Name)`; Atom's `name`), `dc:creator`, `itunes:author`, else the feed's;
 * - dates: RFC 822 `pubDate`, `dc:date`, Atom `published`/`updated` (`shared/dates.ts`);
 * - image: `media:content`/`media:thumbnail` (also in `media:group`), an image `enclosure`, `itunes:image`, the
 *   first `<img>` of the content;
 * - excerpt: `description`/`summary`, else `content:encoded`/`content`, to text; categories as terms;
 * - language: RSS `language`/`dc:language`, Atom `xml:lang`, per item where given.
 */
import { isoDateTime } from '../../shared/dates.js';
import { normalizeLanguage } from '../../shared/direction.js';
import { PostEmbedsError } from '../../shared/errors.js';
import type { JsonObject } from '../../shared/fields.js';
import { personNames } from '../../shared/names.js';
import { decodeCharacterReferences, truncateText } from '../../shared/text.js';
import { safeHttpUrl } from '../../shared/url.js';
import { childElement, childElements, textContent, type XmlElement } from '../../shared/xml.js';
import { xmlText } from '../fetch/read-xml.js';
import type { XmlBody } from '../fetch/xml-body.js';
import { htmlText } from '../html-to-text.js';
import type { Author, Media, Term } from '../model.js';
import { countWords } from '../reading-time.js';
import { parseXml } from '../xml-parser.js';
import { finishPost, type PostSource } from './source.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const ATOM_03 = 'http://purl.org/atom/ns#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const DC = 'http://purl.org/dc/elements/1.1/';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const ITUNES = 'http://www.itunes.com/dtds/podcast-1.0.dtd';
/** Media RSS, with and without its final slash (both are in use). */
const MEDIA = ['http://search.yahoo.com/mrss/', 'http://search.yahoo.com/mrss'];

/** An excerpt made from an item's content stops here. */
const EXCERPT_MAX_CHARS = 300;

/** A feed entry as `toPost()` picks it: `id` (guid, Atom id, else link) and `url`, with its element. */
interface FeedEntry {
  id?: string;
  url?: string;
  element: XmlElement;
}

/** What the items inherit from the feed. */
interface FeedDefaults {
  authors: Author[];
  language?: string;
  image?: Media;
}

const text = (element: XmlElement | undefined) => (element ? textContent(element).trim() || undefined : undefined);
const inNs = (element: XmlElement, namespaces: string | string[]) =>
  typeof namespaces == 'string' ? element.ns === namespaces : namespaces.includes(element.ns);
const childrenIn = (element: XmlElement, namespaces: string | string[], name: string) =>
  element.children.filter((child) => child.name === name && inNs(child, namespaces));

export function readFeed(body: XmlBody, base: string): PostSource {
  const xml = xmlText(body);
  // An HTML page served without an HTML type (the fetch layer only saw a `<`): refused as it refuses any page.
  if (/^\W*(<!doctype html|<html[\s>])/i.test(xml)) throw new PostEmbedsError('not-json', `Expected JSON from ${base}, received an HTML page.`, { url: base });
  const root = parseXml(xml, base);
  // Atom 1.0, 0.3, or a feed that forgot its namespace; an Atom entry document is a feed of one entry.
  const isAtomNs = root.ns === ATOM || root.ns === ATOM_03 || !root.ns;
  const isEntry = root.name === 'entry' && isAtomNs;
  const isAtom = (root.name === 'feed' && isAtomNs) || isEntry;
  const isRdf = root.name === 'RDF' && root.ns === RDF;
  const isRss = root.name === 'rss' && !root.ns;
  if (!isAtom && !isRdf && !isRss) throw new PostEmbedsError('unsupported', `Unknown XML document <${root.name}>.`, { url: base });
  const channel = isEntry ? undefined : isAtom ? root : childElement(root, '*', 'channel');
  // RSS 1.0 (and 0.90) put their items beside the channel, RSS 2.0 inside it, Atom in the feed.
  const items = isEntry ? [root] : isAtom ? childElements(root, root.ns, 'entry') : childElements(isRdf ? root : channel, '*', 'item');
  const ns = isAtom ? root.ns : (items[0]?.ns ?? channel?.ns ?? '');

  const language = normalizeLanguage(
    isAtom ? root.attributes['xml:lang'] : (text(channel && childElement(channel, ns, 'language')) ?? text(channel && childElement(channel, DC, 'language'))),
  );
  const defaults: FeedDefaults = {
    authors: channel ? authorsOf(channel, ns, isAtom, [], base) : [],
    language,
    image: channel ? podcastImage(channel, base) : undefined,
  };
  const entries: FeedEntry[] = items.map((element) => {
    const url = isAtom ? atomLink(element, ns, base) : rssLink(element, ns, base);
    const id = text(childElement(element, ns, isAtom ? 'id' : 'guid')) ?? element.attributes['rdf:about'] ?? url;
    return { id, url, element };
  });

  return {
    entries: entries as unknown as JsonObject[],
    single: isEntry,
    read(entry) {
      const { element, id, url } = entry as unknown as FeedEntry;
      return isAtom ? readAtomEntry(element, ns, id, url, base, defaults) : readRssItem(element, ns, id, url, base, defaults);
    },
    about: {
      title: titleText(channel && childElement(channel, ns, 'title')),
      url: channel && (isAtom ? atomLink(channel, ns, base) : rssLink(channel, ns, base)),
      language,
    },
  };
}

function readRssItem(item: XmlElement, ns: string, id: string | undefined, url: string | undefined, base: string, defaults: FeedDefaults) {
  const content = htmlText(text(childElement(item, CONTENT, 'encoded')));
  const description = htmlText(text(childElement(item, ns, 'description')));
  const authors = authorsOf(item, ns, false, defaults.authors, base);
  return finishPost(
    {
      id,
      title: titleText(childElement(item, ns, 'title')),
      url,
      excerpt: description ?? (content && truncateText(content, EXCERPT_MAX_CHARS)),
      published: isoDateTime(text(childElement(item, ns, 'pubDate'))) ?? isoDateTime(text(childElement(item, DC, 'date'))),
      authors,
      image:
        mediaImage(item, base) ??
        enclosureImage(item, ns, base) ??
        podcastImage(item, base) ??
        firstImage(text(childElement(item, CONTENT, 'encoded')) ?? text(childElement(item, ns, 'description')), base) ??
        defaults.image,
      terms: [...childElements(item, ns, 'category'), ...childElements(item, DC, 'subject')].flatMap((category) => term(text(category))),
      wordCount: countWords(content ?? description),
      language: normalizeLanguage(text(childElement(item, DC, 'language'))) ?? defaults.language,
    },
    base,
  );
}

function readAtomEntry(entry: XmlElement, ns: string, id: string | undefined, url: string | undefined, base: string, defaults: FeedDefaults) {
  const contentElement = childElement(entry, ns, 'content');
  const content = contentElement && atomText(contentElement);
  const summary = atomText(childElement(entry, ns, 'summary'));
  const published = childElement(entry, ns, 'published') ?? childElement(entry, ns, 'issued') ?? childElement(entry, ns, 'created');
  const updated = childElement(entry, ns, 'updated') ?? childElement(entry, ns, 'modified');
  return finishPost(
    {
      id,
      title: titleText(childElement(entry, ns, 'title')),
      url,
      excerpt: summary ?? (content && truncateText(content, EXCERPT_MAX_CHARS)),
      published: isoDateTime(text(published)) ?? isoDateTime(text(updated)) ?? isoDateTime(text(childElement(entry, DC, 'date'))),
      modified: isoDateTime(text(updated)),
      authors: authorsOf(entry, ns, true, defaults.authors, base),
      image:
        mediaImage(entry, base) ??
        enclosureImage(entry, ns, base) ??
        podcastImage(entry, base) ??
        firstImage(contentElement?.attributes['type'] === 'xhtml' ? undefined : text(contentElement ?? childElement(entry, ns, 'summary')), base) ??
        defaults.image,
      terms: childElements(entry, ns, 'category').flatMap((category) => term(category.attributes['label'] ?? category.attributes['term'])),
      wordCount: countWords(content ?? summary),
      language: normalizeLanguage(entry.attributes['xml:lang']) ?? defaults.language,
    },
    base,
  );
}

/**
 * A title as text. RSS titles are plain text by the spec, but feeds write markup in them escaped (`&lt;em&gt;`)
 * and references twice (`&amp;#8217;`); Atom says which (`type="html"`, `"xhtml"`).
 */
function titleText(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const type = element.attributes['type'];
  if (type === 'xhtml') return textContent(element).replace(/\s+/g, ' ').trim() || undefined;
  const value = text(element);
  if (!value) return undefined;
  if (type === 'html' || type === 'text/html' || /<\/?[a-z][^<>]*>/i.test(value)) return htmlText(value)?.replace(/\s+/g, ' ');
  return decodeCharacterReferences(value).replace(/\s+/g, ' ').trim() || undefined;
}

/** An Atom text construct (`summary`, `content`) as text. */
function atomText(element: XmlElement | undefined): string | undefined {
  if (!element || element.attributes['src']) return undefined;
  const type = element.attributes['type'] ?? 'text';
  if (type === 'xhtml') return textContent(element).replace(/\s+/g, ' ').trim() || undefined;
  const value = text(element);
  return /html/.test(type) || /^text\/html$/.test(type) ? htmlText(value) : value;
}

/** RSS `link`, else a `guid` that is a permalink (the default unless `isPermaLink="false"`). */
function rssLink(element: XmlElement, ns: string, base: string): string | undefined {
  const link = safeHttpUrl(text(childElement(element, ns, 'link')), base);
  if (link) return link;
  const guid = childElement(element, ns, 'guid');
  return guid && guid.attributes['isPermaLink'] !== 'false' ? safeHttpUrl(text(guid), base) : undefined;
}

/** Atom's alternate link (no `rel` means `alternate`), an HTML one first. */
function atomLink(element: XmlElement, ns: string, base: string): string | undefined {
  const alternates = childElements(element, ns, 'link').filter((link) => (link.attributes['rel'] ?? 'alternate') === 'alternate');
  const best = alternates.find((link) => /html/.test(link.attributes['type'] ?? 'text/html')) ?? alternates[0];
  return safeHttpUrl(best?.attributes['href'], base);
}

/** An element's authors: Atom `author`s (`name`, `uri`), RSS `author`, `dc:creator`, `itunes:author`, else `inherited`. */
function authorsOf(element: XmlElement, ns: string, isAtom: boolean, inherited: Author[], base: string): Author[] {
  const authors: Author[] = [];
  const add = (names: string[], url?: string) => {
    for (const name of names) if (!authors.some((author) => author.name === name)) authors.push(url ? { name, url } : { name });
  };
  if (isAtom) {
    for (const author of childElements(element, ns, 'author')) {
      add(personNames(text(childElement(author, ns, 'name'))), safeHttpUrl(text(childElement(author, ns, 'uri')), base));
    }
  } else {
    for (const author of childElements(element, ns, 'author')) add(personNames(rssAuthorName(text(author))));
  }
  for (const creator of childElements(element, DC, 'creator')) add(personNames(text(creator)));
  if (!authors.length) for (const author of childrenIn(element, ITUNES, 'author')) add(personNames(text(author)));
  return authors.length ? authors : inherited;
}

/** RSS's `author` is an e-mail address with the name in parentheses (`ada@example.com (Ada Quill)`). */
function rssAuthorName(value: string | undefined): string | undefined {
  const inParentheses = value && /^\S+@\S+\s*\((.+)\)\s*$/.exec(value);
  return inParentheses ? inParentheses[1] : value?.replace(/^\S+@\S+$/, '');
}

/** `media:content` (an image by `medium` or `type`) or `media:thumbnail`, also inside `media:group`. */
function mediaImage(element: XmlElement, base: string): Media | undefined {
  const scopes = [element, ...childrenIn(element, MEDIA, 'group')];
  for (const scope of scopes) {
    for (const content of childrenIn(scope, MEDIA, 'content')) {
      const { medium, type } = content.attributes;
      const isImage = medium === 'image' || /^image\//.test(type ?? '') || (!medium && !type && /\.(jpe?g|png|gif|webp|avif)(\?|$)/i.test(content.attributes['url'] ?? ''));
      const image = isImage && sizedImage(content, base);
      if (image) return image;
    }
  }
  for (const scope of scopes) {
    for (const content of childrenIn(scope, MEDIA, 'content')) {
      const thumbnail = childrenIn(content, MEDIA, 'thumbnail')[0];
      const image = thumbnail && sizedImage(thumbnail, base);
      if (image) return image;
    }
    const thumbnail = childrenIn(scope, MEDIA, 'thumbnail')[0];
    const image = thumbnail && sizedImage(thumbnail, base);
    if (image) return image;
  }
  return undefined;
}

function sizedImage(element: XmlElement, base: string): Media | undefined {
  const url = safeHttpUrl(element.attributes['url'], base);
  if (!url) return undefined;
  const width = Number(element.attributes['width']);
  const height = Number(element.attributes['height']);
  return { url, ...(width > 0 && height > 0 ? { width: Math.round(width), height: Math.round(height) } : {}) };
}

/** An `enclosure` (RSS) or `link rel="enclosure"` (Atom) whose type is an image. */
function enclosureImage(element: XmlElement, ns: string, base: string): Media | undefined {
  for (const enclosure of childElements(element, ns, 'enclosure')) {
    if (/^image\//.test(enclosure.attributes['type'] ?? '')) {
      const url = safeHttpUrl(enclosure.attributes['url'], base);
      if (url) return { url };
    }
  }
  for (const link of childElements(element, ns, 'link')) {
    if (link.attributes['rel'] === 'enclosure' && /^image\//.test(link.attributes['type'] ?? '')) {
      const url = safeHttpUrl(link.attributes['href'], base);
      if (url) return { url };
    }
  }
  return undefined;
}

/** `itunes:image href` (podcasts), or a channel's `image/url`. */
function podcastImage(element: XmlElement, base: string): Media | undefined {
  const itunes = safeHttpUrl(childrenIn(element, ITUNES, 'image')[0]?.attributes['href'], base);
  if (itunes) return { url: itunes };
  const image = element.children.find((child) => child.name === 'image' && !inNs(child, ITUNES));
  const url = safeHttpUrl(text(image && image.children.find((child) => child.name === 'url')), base);
  return url ? { url } : undefined;
}

/**
 * The `src` of the first `<img>` in an HTML field, found without parsing it into any document: each `<img`
 * and the `>` that ends it are looked up once, left to right, so the cost stays linear on any input.
 */
function firstImage(html: string | undefined, base: string): Media | undefined {
  if (!html) return undefined;
  const lower = html.toLowerCase();
  for (let start = lower.indexOf('<img'); start >= 0; start = lower.indexOf('<img', start + 4)) {
    const end = lower.indexOf('>', start);
    if (end < 0) return undefined;
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(html.slice(start, end));
    const url = src && safeHttpUrl(decodeCharacterReferences(src[1] ?? src[2] ?? src[3]), base);
    if (url) return { url };
    start = end;
  }
  return undefined;
}

/** A category (RSS `category`, `dc:subject`, Atom `category` by its label, else its term) as a term. */
function term(name: string | undefined): Term[] {
  const clean = name && decodeCharacterReferences(name).replace(/\s+/g, ' ').trim();
  return clean ? [{ name: clean, taxonomy: 'category' }] : [];
}
