/**
 * `/meta`: what a link card or a citation needs to know about a page, merged from its Open Graph,
 * Twitter card, JSON-LD, microdata, microformats, Dublin Core, publishers' metas and body (in the order of
 * trust `metadataFromPage()` gives, with its reasons), with the page's oEmbed filling what is still missing.
 */
import { directionForLanguage, normalizeLanguage } from '../shared/direction.js';
import { positiveInteger } from '../shared/fields.js';
import { personNames } from '../shared/names.js';
import { safeHttpUrl } from '../shared/url.js';
import { readJsonLd } from './json-ld.js';
import type { OEmbed } from './oembed.js';
import type { HtmlHead } from './html-head.js';
import type { Page } from './page.js';
import { cleanText, isoDate } from './text.js';

/** The `/meta` answer. Missing fields are omitted; dates are ISO 8601; URLs are absolute http(s). */
export interface PageMetadata {
  /** The URL that answered, after redirects. */
  url: string;
  canonicalUrl?: string;
  title?: string;
  description?: string;
  siteName?: string;
  /** All authors, comma-separated, for display. */
  author?: string;
  authors?: string[];
  published?: string;
  modified?: string;
  /** BCP 47 tag. */
  language?: string;
  dir?: 'ltr' | 'rtl';
  /** `og:type` (`article`, `website`, `video.other`…), else `article`/`website` from JSON-LD. */
  type?: string;
  section?: string;
  image?: { url: string; width?: number; height?: number; alt?: string };
}

/**
 * The page's metadata, each field from the first of its sources that gives it, in an order of trust:
 *
 * 1. Open Graph (`og:*`, `article:*`): written for link previews, on most article pages, seldom wrong.
 * 2. Twitter cards (`twitter:*`): the same purpose, a little less often kept up to date.
 * 3. JSON-LD (schema.org): structured and typed (authors as people, the publisher as an organization), written
 *    for search engines; first for authors, whose Open Graph form is often a profile URL.
 * 4. Microdata (`itemprop`) and a microformats `h-entry`: structured too, but in the page's markup, where
 *    templates also mark up comments and related links.
 * 5. Dublin Core (`dc.*`, `dcterms.*`) and scholarly `citation_*` metas: precise where present, rare.
 * 6. Publishers' analytics metas (`parsely-*`, `sailthru.*`): kept accurate because reports depend on them.
 * 7. The body: the article's first `<time datetime>`, `rel=author` links, bylines, elements whose class names
 *    the date: what a reader sees, but found by position and class names, so last.
 * 8. `<link rel="image_src">` and the `<title>`, whose site suffix (`Title | Site`) also names the publisher.
 */
export function metadataFromPage(page: Page): PageMetadata {
  const { head, url: base } = page;
  if (!head) return { url: base.href };
  const meta = (...keys: string[]) => keys.map((key) => head.meta.get(key)).find((value) => cleanText(value));
  const { microdata, hEntry, time } = head.body;
  const ld = readJsonLd(head.jsonLd, base);
  const siteNames = [meta('og:site_name'), ld.publisher, meta('application-name', 'apple-mobile-web-app-title')];
  const documentTitle = splitTitle(cleanText(head.title), siteNames, base);

  const language =
    normalizeLanguage(head.lang) ??
    normalizeLanguage(meta('og:locale')) ??
    normalizeLanguage(ld.language) ??
    normalizeLanguage(meta('dc.language', 'dcterms.language', 'language', 'content-language')) ??
    normalizeLanguage(page.headers.get('content-language')?.split(',')[0]);
  const explicitDir = head.dir === 'rtl' || head.dir === 'ltr' ? head.dir : undefined;
  const title =
    cleanText(meta('og:title', 'twitter:title')) ??
    ld.headline ??
    cleanText(nonUrl(microdata.get('headline'))) ??
    cleanText(hEntry.get('name')) ??
    cleanText(meta('dc.title', 'dcterms.title', 'citation_title', 'parsely-title', 'sailthru.title')) ??
    documentTitle?.title;
  const authors = authorsOf(head, ld.authors);

  return {
    url: base.href,
    canonicalUrl:
      safeHttpUrl(head.links.find((link) => link.rel.includes('canonical'))?.href, base) ?? safeHttpUrl(meta('og:url'), base) ?? ld.url,
    title,
    description:
      cleanText(meta('og:description', 'twitter:description', 'description')) ??
      ld.description ??
      cleanText(meta('dc.description', 'dcterms.description', 'dcterms.abstract')) ??
      cleanText(hEntry.get('summary')),
    siteName:
      cleanText(meta('og:site_name'), 200) ??
      ld.publisher ??
      cleanText(microdata.get('publisher.name') ?? nonUrl(microdata.get('publisher')), 200) ??
      cleanText(nonUrl(meta('dc.publisher', 'dcterms.publisher', 'citation_publisher', 'citation_journal_title')), 200) ??
      cleanText(meta('application-name', 'apple-mobile-web-app-title'), 200) ??
      siteFromTitle(head.title, title, base),
    author: authors.length ? authors.join(', ') : undefined,
    authors: authors.length ? authors : undefined,
    published:
      isoDate(meta('article:published_time', 'og:published_time')) ??
      isoDate(ld.published) ??
      isoDate(microdata.get('datepublished') ?? meta('datepublished')) ??
      isoDate(hEntry.get('published')) ??
      isoDate(meta('dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'citation_publication_date', 'citation_date')) ??
      isoDate(meta('parsely-pub-date', 'sailthru.date', 'pubdate', 'publish-date', 'publish_date', 'date', 'article.published', 'published_time')) ??
      isoDate(time) ??
      isoDate(head.body.dateText),
    modified:
      isoDate(meta('article:modified_time', 'og:updated_time')) ??
      isoDate(ld.modified) ??
      isoDate(microdata.get('datemodified') ?? meta('datemodified')) ??
      isoDate(meta('dcterms.modified', 'dc.date.modified', 'last-modified', 'article.updated')),
    language,
    dir: explicitDir ?? directionForLanguage(language),
    type: cleanText(meta('og:type'), 50)?.toLowerCase() ?? ld.type,
    section: cleanText(meta('article:section', 'parsely-section', 'sailthru.section'), 200) ?? ld.section,
    image:
      imageFromMeta(meta, base) ??
      ld.image ??
      urlImage(microdata.get('image.url') ?? microdata.get('image') ?? meta('image'), base) ??
      urlImage(hEntry.get('photo'), base) ??
      urlImage(meta('parsely-image-url', 'sailthru.image.full', 'sailthru.image.thumb', 'thumbnail'), base) ??
      imageFromLink(page),
  };
}

/** Authors, by the same order of trust; names cleaned (`shared/names.ts`). */
function authorsOf(head: HtmlHead, fromJsonLd: string[]): string[] {
  if (fromJsonLd.length) return fromJsonLd;
  const { microdata, hEntry, relAuthor, byline } = head.body;
  const listed = (...keys: string[]) => keys.flatMap((key) => head.metaLists.get(key) ?? []).filter((value) => !/^https?:\/\//i.test(value.trim()));
  const candidates: unknown[][] = [
    [microdata.get('author.name') ?? microdata.get('author')],
    [hEntry.get('author')],
    listed('author', 'article:author'),
    listed('dc.creator', 'dcterms.creator', 'citation_author'),
    listed('parsely-author', 'sailthru.author'),
    [head.meta.get('byl')],
    [relAuthor],
    [byline],
  ];
  for (const values of candidates) {
    const names = [...new Set(values.flatMap((value) => personNames(value)))];
    if (names.length) return names.map((name) => cleanText(name, 200)!);
  }
  return [];
}

/** Separators between a page's title and its site's name in `<title>`. */
const TITLE_SEPARATOR = /\s+(?:\||[-–—·•:]|::|»|«|\/)\s+/g;

/**
 * `<title>` split at its last separator when what follows it is the site's name: one the page states elsewhere,
 * or one its host name spells (`Bob Dylan - Wikipedia` on `en.wikipedia.org`). A title that merely has a
 * colon or a dash in it (`Linux Engineer's random thoughts - awk driven IoT`) stays whole.
 */
function splitTitle(title: string | undefined, siteNames: unknown[], base: URL): { title: string; site?: string } | undefined {
  if (!title) return undefined;
  const last = [...title.matchAll(TITLE_SEPARATOR)].at(-1);
  if (!last || last.index === undefined) return { title };
  const before = title.slice(0, last.index).trim();
  const after = title.slice(last.index + last[0].length).trim();
  const letters = (text: unknown) => (typeof text === 'string' ? text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') : '');
  const host = letters(base.hostname.replace(/^www\./, ''));
  const isSiteName =
    after.length <= 60 && !!letters(after) && (siteNames.some((name) => letters(name) === letters(after)) || host.includes(letters(after)));
  return isSiteName && before ? { title: before, site: after } : { title };
}

/** The site's name from `<title>`: what follows the chosen title there, else its split suffix. */
function siteFromTitle(documentTitle: string | undefined, title: string | undefined, base: URL): string | undefined {
  const whole = cleanText(documentTitle);
  if (!whole) return undefined;
  if (title && whole !== title && whole.startsWith(title)) {
    const rest = whole.slice(title.length);
    const match = /^\s+(?:\||[-–—·•:]|::|»|\/)\s+(.+)$/.exec(rest);
    if (match && match[1].length <= 60) return cleanText(match[1], 200);
    return undefined;
  }
  return splitTitle(whole, [], base)?.site;
}

function urlImage(value: string | undefined, base: URL): PageMetadata['image'] {
  const url = safeHttpUrl(value, base);
  return url ? { url } : undefined;
}

/** Whether the page left out something its oEmbed could tell. */
export function lacksWhatOEmbedHas(metadata: PageMetadata): boolean {
  return !metadata.title || !metadata.authors || !metadata.siteName || !metadata.image;
}

/** Fills the fields the page left out from its oEmbed. */
export function fillFromOEmbed(metadata: PageMetadata, oembed: OEmbed): PageMetadata {
  const thumbnail = oembed.thumbnail_url
    ? { url: oembed.thumbnail_url, width: oembed.thumbnail_width, height: oembed.thumbnail_height }
    : oembed.type === 'photo' && oembed.url
      ? { url: oembed.url, width: oembed.width, height: oembed.height }
      : undefined;
  return {
    ...metadata,
    title: metadata.title ?? oembed.title,
    siteName: metadata.siteName ?? oembed.provider_name,
    author: metadata.author ?? oembed.author_name,
    authors: metadata.authors ?? (oembed.author_name ? [oembed.author_name] : undefined),
    image: metadata.image ?? thumbnail,
  };
}

function imageFromMeta(meta: (...keys: string[]) => string | undefined, base: URL): PageMetadata['image'] {
  const og = safeHttpUrl(meta('og:image:secure_url'), base) ?? safeHttpUrl(meta('og:image', 'og:image:url'), base);
  if (og) {
    return {
      url: og,
      width: positiveInteger(meta('og:image:width')),
      height: positiveInteger(meta('og:image:height')),
      alt: cleanText(meta('og:image:alt'), 500),
    };
  }
  const twitter = safeHttpUrl(meta('twitter:image', 'twitter:image:src'), base);
  return twitter ? { url: twitter, alt: cleanText(meta('twitter:image:alt'), 500) } : undefined;
}

/** `<link rel="image_src">`, the oldest way to name a page's image. */
function imageFromLink(page: Page): PageMetadata['image'] {
  const url = safeHttpUrl(page.head?.links.find((link) => link.rel.includes('image_src'))?.href, page.url);
  return url ? { url } : undefined;
}

/** `article:author` often holds a profile URL rather than a name. */
function nonUrl(value: string | undefined): string | undefined {
  return value && !/^https?:\/\//i.test(value.trim()) ? value : undefined;
}
