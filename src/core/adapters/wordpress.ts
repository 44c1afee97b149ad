/**
 * WordPress REST API v2 posts (`/wp/v2/posts/{id}?_embed`, `/wp/v2/posts?…&_embed`, YARPP's related
 * posts) to the model. HTML fields go through the inert parser; every URL through `safeHttpUrl`.
 */
import { PostEmbedsError } from '../errors.js';
import type { Author, Media, Term } from '../model.js';
import { normalizeLanguage } from '../direction.js';
import { countWords, readingMinutes } from '../reading-time.js';
import { safeHttpUrl } from '../url.js';
import { dateTime, htmlText, isRecord, plainText, positiveInteger, records, texts, utcDateTime, type JsonRecord } from './fields.js';
import { imageCandidates, listablePosts, type PostDraft, type PostSource } from './source.js';

/** Avatars are shown at most this large; WordPress offers 24, 48 and 96 px. */
const AVATAR_MAX_SIZE = 96;

/** `{ code, message, data: { status } }`: a WordPress error, as a whole body or as an embedded item. */
export function isWordPressError(value: unknown): value is JsonRecord & { code: string } {
  return isRecord(value) && typeof value.code === 'string' && typeof value.message === 'string' && !('id' in value);
}

function errorFromBody(body: JsonRecord & { code: string }, responseUrl: string): PostEmbedsError {
  const status = isRecord(body.data) ? positiveInteger(body.data.status) : undefined;
  const message = `WordPress error "${body.code}": ${plainText(body.message) ?? ''}`;
  if (status === 404) return new PostEmbedsError('not-found', message, { url: responseUrl });
  if (status && status >= 400) return new PostEmbedsError('http', message, { status, url: responseUrl });
  return new PostEmbedsError('unsupported', message, { url: responseUrl });
}

/** `{ rendered: "<p>…</p>" }` (or a bare string, as some plugins send) as plain text. */
function renderedText(field: unknown): string | undefined {
  return htmlText(isRecord(field) ? field.rendered : field);
}

/** The first embedded object of a link relation, unless WordPress embedded an error there. */
function firstEmbedded(post: JsonRecord, relation: string): JsonRecord | undefined {
  const embedded = isRecord(post._embedded) ? post._embedded[relation] : undefined;
  const first = records(embedded)[0];
  return first && !isWordPressError(first) ? first : undefined;
}

function avatarUrl(avatarUrls: unknown, base: string): string | undefined {
  if (!isRecord(avatarUrls)) return undefined;
  const sizes = Object.keys(avatarUrls)
    .map(Number)
    .filter((size) => Number.isInteger(size) && size > 0)
    .sort((a, b) => a - b);
  // The largest that is not larger than we show, else the smallest there is.
  const size = sizes.filter((candidate) => candidate <= AVATAR_MAX_SIZE).pop() ?? sizes[0];
  return size === undefined ? undefined : safeHttpUrl(avatarUrls[size], base);
}

function authorsOf(post: JsonRecord, base: string): Author[] {
  const embedded = isRecord(post._embedded) ? post._embedded.author : undefined;
  const authors: Author[] = [];
  for (const user of records(embedded)) {
    // An embedded error (`rest_user_invalid_id`) has no name and is skipped with the nameless.
    const name = plainText(user.name);
    if (!name) continue;
    authors.push({ name, url: safeHttpUrl(user.link, base), avatar: avatarUrl(user.avatar_urls, base) });
  }
  return authors;
}

/** The featured image with every size WordPress generated, smallest first, for `srcset`. */
function featuredImage(post: JsonRecord, base: string): Media | undefined {
  if (post.featured_media === 0) return undefined;
  const media = firstEmbedded(post, 'wp:featuredmedia');
  const url = media && safeHttpUrl(media.source_url, base);
  if (!media || !url) return undefined;
  const details = isRecord(media.media_details) ? media.media_details : {};
  // `sizes` lacks the original when it is small; `media_details` itself describes the original.
  const renditions = [...(isRecord(details.sizes) ? Object.values(details.sizes) : []), { source_url: url, width: details.width, height: details.height }];
  return {
    url,
    width: positiveInteger(details.width),
    height: positiveInteger(details.height),
    alt: plainText(media.alt_text),
    candidates: imageCandidates(
      records(renditions).map((size) => ({
        url: safeHttpUrl(size.source_url, base),
        width: positiveInteger(size.width),
        height: positiveInteger(size.height),
      })),
    ),
  };
}

/** Embedded terms (`_embedded["wp:term"]`: one array per taxonomy); nameless terms cannot be shown. */
function termsOf(post: JsonRecord, base: string): Term[] {
  const groups = isRecord(post._embedded) ? post._embedded['wp:term'] : undefined;
  const terms: Term[] = [];
  for (const group of Array.isArray(groups) ? groups : []) {
    for (const term of records(group)) {
      const name = htmlText(term.name);
      const taxonomy = plainText(term.taxonomy);
      if (!name || !taxonomy) continue;
      // `post_tag` is what everyone else calls `tag`.
      terms.push({ name, taxonomy: taxonomy === 'post_tag' ? 'tag' : taxonomy, url: safeHttpUrl(term.link, base), id: plainText(term.id) });
    }
  }
  return terms;
}

/** Jetpack's `jetpack-related-posts`: plain-text items whose `date` is already formatted for display. */
function jetpackRelated(post: JsonRecord, base: string): PostDraft[] | undefined {
  if (!Array.isArray(post['jetpack-related-posts'])) return undefined;
  return records(post['jetpack-related-posts']).map((item) => {
    const image = isRecord(item.img) ? item.img : {};
    const imageUrl = safeHttpUrl(image.src, base);
    return {
      id: plainText(item.id) ?? '',
      title: htmlText(item.title),
      url: safeHttpUrl(item.url, base),
      excerpt: htmlText(item.excerpt),
      dateText: plainText(item.date),
      authors: [],
      terms: [],
      image: imageUrl
        ? { url: imageUrl, width: positiveInteger(image.width), height: positiveInteger(image.height), alt: plainText(image.alt_text) }
        : undefined,
    };
  });
}

function normalizeWordPressPost(entry: unknown, base: string): PostDraft {
  const post = isRecord(entry) ? entry : {};
  const url = safeHttpUrl(post.link, base);
  const content = renderedText(post.content);
  const wordCount = content ? countWords(content) : undefined;
  const related = jetpackRelated(post, base);
  return {
    id: plainText(post.id) ?? plainText(post.slug) ?? url ?? '',
    title: renderedText(post.title),
    url,
    excerpt: renderedText(post.excerpt),
    // `date_gmt` is UTC written without a zone; `date` is the site's wall clock, kept zone-less.
    published: utcDateTime(post.date_gmt) ?? dateTime(post.date),
    modified: utcDateTime(post.modified_gmt) ?? dateTime(post.modified),
    authors: authorsOf(post, base),
    image: featuredImage(post, base),
    terms: termsOf(post, base),
    // Present even without `_embed`, where terms have no names: related posts are found by id.
    categoryIds: texts(post.categories),
    tagIds: texts(post.tags),
    wordCount,
    readingTime: wordCount === undefined ? undefined : readingMinutes(wordCount),
    language: normalizeLanguage(post.lang),
    related: related && listablePosts(related),
  };
}

/** A single post object, an array of them, or a WordPress error body (thrown as `PostEmbedsError`). */
export function readWordPress(body: unknown, responseUrl: string): PostSource {
  if (isWordPressError(body)) throw errorFromBody(body, responseUrl);
  const isCollection = Array.isArray(body);
  return {
    entries: isCollection ? body : [body],
    isCollection,
    read: (entry) => normalizeWordPressPost(entry, responseUrl),
  };
}
