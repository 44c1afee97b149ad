/**
 * `/meta`: what a link card or a citation needs to know about a page, merged from its Open Graph,
 * Twitter card, JSON-LD and plain HTML metadata (in that order of preference), with the page's
 * oEmbed filling what is still missing.
 */
import { directionForLanguage, normalizeLanguage } from '../shared/direction.js';
import { positiveInteger } from '../shared/fields.js';
import { safeHttpUrl } from '../shared/url.js';
import { readJsonLd } from './json-ld.js';
import type { OEmbed } from './oembed.js';
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

export function metadataFromPage(page: Page): PageMetadata {
  const { head, url: base } = page;
  if (!head) return { url: base.href };
  const meta = (...keys: string[]) => keys.map((key) => head.meta.get(key)).find((value) => cleanText(value));
  const ld = readJsonLd(head.jsonLd, base);

  const namedAuthor = cleanText(meta('author'), 200) ?? cleanText(nonUrl(meta('article:author')), 200);
  const authors = ld.authors.length ? ld.authors : namedAuthor ? [namedAuthor] : [];
  const language =
    normalizeLanguage(head.lang) ??
    normalizeLanguage(meta('og:locale')) ??
    normalizeLanguage(ld.language) ??
    normalizeLanguage(page.headers.get('content-language')?.split(',')[0]);
  const explicitDir = head.dir === 'rtl' || head.dir === 'ltr' ? head.dir : undefined;

  return {
    url: base.href,
    canonicalUrl:
      safeHttpUrl(head.links.find((link) => link.rel.includes('canonical'))?.href, base) ?? safeHttpUrl(meta('og:url'), base) ?? ld.url,
    title: cleanText(meta('og:title', 'twitter:title')) ?? ld.headline ?? cleanText(head.title),
    description: cleanText(meta('og:description', 'twitter:description', 'description')) ?? ld.description,
    siteName: cleanText(meta('og:site_name'), 200) ?? ld.publisher ?? cleanText(meta('application-name'), 200),
    author: authors.length ? authors.join(', ') : undefined,
    authors: authors.length ? authors : undefined,
    published: isoDate(meta('article:published_time')) ?? isoDate(ld.published) ?? isoDate(meta('datepublished', 'date')),
    modified:
      isoDate(meta('article:modified_time', 'og:updated_time')) ?? isoDate(ld.modified) ?? isoDate(meta('datemodified')),
    language,
    dir: explicitDir ?? directionForLanguage(language),
    type: cleanText(meta('og:type'), 50)?.toLowerCase() ?? ld.type,
    section: cleanText(meta('article:section'), 200) ?? ld.section,
    image: imageFromMeta(meta, base) ?? ld.image ?? imageFromLink(page),
  };
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
