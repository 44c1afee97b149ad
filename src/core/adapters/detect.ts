/**
 * The cheap tests that tell a JSON Feed, a Ghost body and the native model apart. (An RSS or Atom feed arrives
 * as an `XmlBody`, `core/fetch/xml-body.ts`, and the feed reader tells RSS from Atom.) They live apart from
 * those formats' readers so that detection stays in every bundle while each reader loads only once a
 * body in its format arrives. (WordPress, the main case, keeps its test beside its reader.)
 */
import { isRecord, plainText, records, type Json } from '../../shared/fields.js';

/** Whether a body declares itself a JSON Feed (any version, with or without `www.`). */
export function isJsonFeed(body: Json): boolean {
  return /^https?:\/\/(www\.)?jsonfeed\.org\/version\//.test(plainText(body?.version) ?? '');
}

/** Fields only Ghost posts have, to tell a Ghost `{ posts }` from the model's own. */
const GHOST_POST_FIELDS = ['uuid', 'feature_image', 'custom_excerpt', 'reading_time', 'primary_author', 'published_at'];

/** `{ posts: [...] }` or `{ pages: [...] }` with Ghost post fields, or with Ghost's `meta.pagination`. */
export function isGhostBody(body: Json): boolean {
  const posts = body?.posts ?? body?.pages;
  return (
    Array.isArray(posts) &&
    (isRecord(body?.meta?.pagination) || records(posts).some((post) => GHOST_POST_FIELDS.some((field) => field in post)))
  );
}

/** A body shaped like one model `Post`. */
function isNativePost(value: Json): boolean {
  return typeof value?.title == 'string' && Array.isArray(value.authors);
}

/** A model `Post`, or a `PostCollection` whose posts all are. */
export function isNativeBody(body: Json): boolean {
  return isNativePost(body) || (Array.isArray(body?.posts) && body.posts.every(isNativePost));
}
