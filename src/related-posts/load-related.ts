/**
 * How `<related-posts>` finds its posts: from a collection at `src`, or from a WordPress site (`endpoint`)
 * around one post. Requests go through the shared cache; bodies through the adapters.
 */
import { toCollection, toPost } from '../core/adapters/index.js';
import { isRecord } from '../shared/fields.js';
import { wordpressPostUrl, wordpressUrl, type QueryValue } from '../core/endpoints.js';
import { PostEmbedsError } from '../shared/errors.js';
import { batched } from '../core/fetch/batch-queue.js';
import { fetchResource } from '../core/fetch/cache.js';
import { isXmlBody } from '../core/fetch/xml-body.js';
import type { FormatName, Post, RelatedPostsData } from '../core/model.js';
import { primeWordPressPosts, returnsCompletePosts, selfLinkOnOrigin } from './prime-cache.js';
import { adjacentData, neighboursByDate, pickRelated } from './pick-related.js';

export interface LoadOptions {
  /** `related`: a list of related posts; `adjacent`: the previous/next pair. */
  mode: 'related' | 'adjacent';
  limit: number;
  signal: AbortSignal;
  reload: boolean;
}

/**
 * Whether a body lists posts (a WordPress query's array, an RSS or Atom feed, JSON Feed `items`, Ghost's `posts` or `pages`, the
 * model's `posts`) rather than being one post. A list that is not an array is refused: an empty result would
 * hide a broken endpoint.
 */
function isPostList(body: unknown, url: string): boolean {
  if (Array.isArray(body) || isXmlBody(body)) return true;
  const list = isRecord(body) ? (body.items ?? body.posts ?? body.pages) : undefined;
  if (list !== undefined && !Array.isArray(list)) {
    throw new PostEmbedsError('unsupported', 'The collection holds no array of posts.', { url });
  }
  return list !== undefined;
}

/**
 * From `src`. A collection gives its posts, without the one named by `currentId`; a single post gives the
 * related posts it carries (Jetpack's `jetpack-related-posts`), or none. For `adjacent`, the neighbours by
 * date of the current post within the collection.
 */
export async function loadFromSource(
  src: string,
  format: FormatName,
  currentId: string | undefined,
  { mode, limit, signal, reload }: LoadOptions,
): Promise<RelatedPostsData> {
  const { url, body } = await fetchResource(src, { signal, reload, batch: batched });
  const isList = isPostList(body, url);
  const collection = await toCollection(body, { format, url });
  // A bare array is a WordPress query (or YARPP's answer): its posts may stand in for single-post requests.
  if (Array.isArray(body) && returnsCompletePosts(url)) primeWordPressPosts(body, selfLinkOnOrigin(url));
  const current = isList ? collection.posts.find((post) => post.id === currentId) : collection.posts[0];
  if (mode === 'adjacent') {
    if (!current) {
      throw currentId
        ? new PostEmbedsError('not-found', `The collection has no post with id "${currentId}".`, { url })
        : new PostEmbedsError('config', 'layout="adjacent" with a collection needs post-id.', { url });
    }
    return neighboursByDate(collection.posts, current);
  }
  const candidates = isList ? collection.posts : (current?.related ?? []);
  return { ...collection, posts: pickRelated(candidates, current ?? { id: currentId }, limit) };
}

/**
 * From a WordPress site, around post `postId`. `related`: the post's Jetpack related posts when it has
 * usable ones (read from the site's posts route, so their dates are the library's), else the newest posts sharing its categories, then (if too few) its tags, in its language.
 * `adjacent`: the posts published just before and after it, in its language.
 */
export async function loadFromWordPress(endpoint: string, postId: string, options: LoadOptions): Promise<RelatedPostsData> {
  const { signal, reload, limit } = options;
  const postUrl = wordpressPostUrl(endpoint, postId);
  const resource = await fetchResource(postUrl, { signal, reload, batch: batched });
  const current = await toPost(resource.body, { format: 'wordpress', url: resource.url });
  const language = current.language;

  /** A posts query (with `_embed`, in the post's language), its posts primed for single-post requests. */
  const query = async (parameters: Record<string, QueryValue>): Promise<Post[]> => {
    const url = wordpressUrl(endpoint, 'wp/v2/posts', { ...parameters, lang: language, _embed: true });
    const { body, url: responseUrl } = await fetchResource(url, { signal, reload, batch: batched });
    const { posts } = await toCollection(body, { format: 'wordpress', url: responseUrl });
    primeWordPressPosts(body, (id) => wordpressPostUrl(endpoint, id));
    return posts;
  };

  if (options.mode === 'adjacent') {
    // Without a date there is no before or after.
    if (!current.published) return adjacentData(undefined, undefined, language);
    const [before, after] = await Promise.all([
      query({ before: current.published, order: 'desc', per_page: 1 }),
      query({ after: current.published, order: 'asc', per_page: 1 }),
    ]);
    return adjacentData(pickRelated(before, current, 1)[0], pickRelated(after, current, 1)[0], language);
  }

  const fromJetpack = pickRelated(current.related ?? [], current, limit);
  if (fromJetpack.length) {
    // Jetpack's items carry a date the server wrote in the post's language, and no author or reading time: the
    // same posts from the site itself (one query, in Jetpack's order) read like every other card. Jetpack's own
    // items stand in for any the query does not return.
    const full = await query({ include: fromJetpack.map((post) => post.id), per_page: fromJetpack.length }).catch(() => []);
    return { posts: fromJetpack.map((item) => full.find((post) => post.id === item.id) ?? item), language };
  }
  let posts: Post[] = [];
  for (const [taxonomy, ids] of [['categories', current.categoryIds], ['tags', current.tagIds]] as const) {
    if (posts.length >= limit || !ids?.length) continue;
    const exclude = [current.id, ...posts.map((post) => post.id)];
    const found = await query({ [taxonomy]: ids, exclude, per_page: limit - posts.length });
    posts = pickRelated([...posts, ...found], current, limit);
  }
  return { posts, language };
}
