/**
 * WordPress REST API v2 posts (`/wp/v2/posts/{id}?_embed`, `/wp/v2/posts?…&_embed`, YARPP's related
 * posts) to the model. HTML fields go through the inert parser.
 */
import { PostEmbedsError } from '../../shared/errors.js';
import { countWords } from '../reading-time.js';
import { dateTime, isRecord, plainText, positiveInteger, records, type Json, type JsonObject } from '../../shared/fields.js';
import { htmlText } from '../html-to-text.js';
import { truncateText } from '../../shared/text.js';
import { authorsFrom, finishPost, imageFrom, listablePosts, termsFrom, type PostDraft, type PostSource } from './source.js';

/** Avatars are shown at most this large; WordPress offers 24, 48 and 96 px. */
const AVATAR_MAX_SIZE = 96;

/** The end WordPress gives an excerpt it made itself (`excerpt_more`, by default ` [&hellip;]`). */
const AUTOMATIC_EXCERPT_END = /\s*\[…\]$/;

/**
 * The excerpt to show. WordPress makes its automatic excerpt by dropping every tag of the content, so a heading
 * runs into the paragraph after it: that one is made again from the content, whose blocks stay lines (sentences,
 * once the model joins them), about as long.
 */
function excerptOf(excerpt: string | undefined, content: string | undefined): string | undefined {
  return excerpt && content && AUTOMATIC_EXCERPT_END.test(excerpt) ? truncateText(content, excerpt.length) : excerpt;
}

/** `*_gmt` dates are UTC written without a zone: a date-time that has none gets `Z`. */
function utcDateTime(value: unknown): string | undefined {
  const text = dateTime(value);
  return text && /T[\d:.]+$/i.test(text) ? `${text}Z` : text;
}

/** `{ code, message, data: { status } }`: a WordPress error, as a whole body or as an embedded item. */
function isWordPressError(value: Json): boolean {
  return typeof value?.code == 'string' && typeof value.message == 'string' && !('id' in value);
}

function isWordPressPost(value: Json): boolean {
  return (isRecord(value?.title) && 'rendered' in value.title) || isRecord(value?._links) || isRecord(value?.guid);
}

/** A post, an error, or a query result: an array of posts (an empty one too, WordPress's answer to an unmatched `?slug=`). */
export function isWordPressBody(body: Json): boolean {
  return Array.isArray(body) ? !body.length || isWordPressPost(body[0]) : isWordPressPost(body) || isWordPressError(body);
}

/** `{ rendered: "<p>…</p>" }` (or a bare string, as some plugins send) as plain text. */
function renderedText(field: Json): string | undefined {
  return htmlText(isRecord(field) ? field.rendered : field);
}

/** The largest avatar that is not larger than we show, else the smallest there is. */
function avatarUrl(urls: Json): unknown {
  // Ranks sizes in that order of preference: 96, 48, 24, … then 128, 256, …
  const rank = (size: string) => (+size > AVATAR_MAX_SIZE ? +size : AVATAR_MAX_SIZE - +size);
  const size = isRecord(urls) ? Object.keys(urls).filter((key) => +key > 0).sort((a, b) => rank(a) - rank(b))[0] : undefined;
  return size && urls?.[size];
}

function readPost(post: JsonObject, base: string): PostDraft {
  const embedded = post._embedded;
  // An embedded error (`rest_user_invalid_id`, a missing image) has no name and no URL, and is skipped.
  const media = records<JsonObject>(embedded?.['wp:featuredmedia'])[0];
  // `media_details` describes the original (its width and height), `sizes` every smaller rendition.
  const details = media?.media_details;
  const original = { ...details, url: media?.source_url };
  const renditions = Object.values(details?.sizes ?? {}).map((size: Json) => ({ ...size, url: size?.source_url }));
  const related = post['jetpack-related-posts'];
  const content = renderedText(post.content);
  return finishPost(
    {
      id: plainText(post.id) ?? post.slug,
      title: renderedText(post.title),
      url: post.link,
      excerpt: excerptOf(renderedText(post.excerpt), content),
      // `date_gmt` is UTC written without a zone; `date` is the site's wall clock, kept zone-less.
      published: utcDateTime(post.date_gmt) ?? post.date,
      modified: utcDateTime(post.modified_gmt) ?? post.modified,
      authors: authorsFrom(
        records<JsonObject>(embedded?.author).map((user) => ({ name: user.name, url: user.link, avatar: avatarUrl(user.avatar_urls) })),
        base,
      ),
      // `sizes` lacks the original when it is small. Without `_embed`: Jetpack's featured image URL, else
      // Yoast's Open Graph image (with its size).
      image:
        imageFrom({ ...original, alt: media?.alt_text, candidates: [...renditions, original] }, base) ??
        imageFrom({ url: post.jetpack_featured_media_url }, base) ??
        imageFrom(records(post.yoast_head_json?.og_image)[0], base),
      // `_embedded["wp:term"]` holds one array per taxonomy; `post_tag` is what everyone else calls `tag`.
      terms: termsFrom(
        records([embedded?.['wp:term']].flat(2)).map((term) => ({
          name: htmlText(term.name),
          taxonomy: plainText(term.taxonomy)?.replace(/^post_tag$/, 'tag'),
          url: term.link,
          id: term.id,
        })),
        base,
      ),
      // Present even without `_embed`, where terms have no names: related posts are found by id.
      categoryIds: post.categories,
      tagIds: post.tags,
      wordCount: countWords(content),
      language: post.lang,
      // Jetpack's related posts: plain-text items whose `date` is already formatted for display.
      related: Array.isArray(related) ? listablePosts(records<JsonObject>(related).map((item) => readJetpackItem(item, base))) : undefined,
    },
    base,
  );
}

function readJetpackItem(item: JsonObject, base: string): PostDraft {
  const image = item.img;
  return finishPost(
    {
      id: item.id,
      title: htmlText(item.title),
      url: item.url,
      excerpt: htmlText(item.excerpt),
      dateText: item.date,
      authors: [],
      terms: [],
      image: imageFrom({ url: image?.src, width: image?.width, height: image?.height, alt: image?.alt_text }, base),
    },
    base,
  );
}

/** A single post object, an array of them, or a WordPress error body (thrown as `PostEmbedsError`). */
export function readWordPress(body: Json, url: string): PostSource {
  if (isWordPressError(body)) {
    const status = positiveInteger(body?.data?.status) ?? 0;
    const code = status == 404 ? 'not-found' : status >= 400 ? 'http' : 'unsupported';
    throw new PostEmbedsError(code, `WordPress ${body?.code}: ${body?.message}`, { status: code == 'http' ? status : undefined, url });
  }
  const read = (entry: JsonObject) => readPost(entry, url);
  return Array.isArray(body) ? { entries: records<JsonObject>(body), read } : { entries: [body ?? {}], single: true, read };
}
