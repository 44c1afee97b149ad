/**
 * What `<related-posts>` shows (its `.data`, `RelatedPostsData` in core/model.ts): the rules that pick it from
 * the posts a source offers. Pure: no fetching, no DOM.
 */
import type { Post, RelatedPostsData } from '../core/model.js';

/** The current post, as far as it is known: its id, its link, and the language it states. */
export type CurrentPost = Pick<Partial<Post>, 'id' | 'url' | 'language'>;

/**
 * The posts a list shows, in the order given: only linked posts (a related post is a way out of the page;
 * without a link it has nothing to offer), each once (by id or by link), never the current post, at most
 * `limit`.
 */
export function pickRelated(posts: Post[], current: CurrentPost, limit: number): Post[] {
  const seen = new Set<string>();
  const keysOf = (post: CurrentPost) => [post.id && `id:${post.id}`, post.url && `url:${post.url}`].filter((key): key is string => !!key);
  for (const key of keysOf(current)) seen.add(key);
  const picked: Post[] = [];
  for (const post of posts) {
    if (picked.length >= limit) break;
    const keys = keysOf(post);
    if (!post.url || keys.some((key) => seen.has(key))) continue;
    for (const key of keys) seen.add(key);
    picked.push(post);
  }
  return picked;
}

/**
 * The previous/next pair of the data shape: `posts` lists the neighbours present, previous first.
 */
export function adjacentData(previous: Post | undefined, next: Post | undefined, language?: string): RelatedPostsData {
  return { posts: [previous, next].filter((post): post is Post => !!post), previous, next, language };
}

const time = (post: Post) => Date.parse(post.published ?? '');

/**
 * The neighbours by publication date of `current` within `posts` (a feed, a page of a query): the latest
 * linked post published before it and the earliest after it, in its language when it states one.
 */
export function neighboursByDate(posts: Post[], current: Post): RelatedPostsData {
  const at = time(current);
  let previous: Post | undefined;
  let next: Post | undefined;
  // The current post itself and duplicates of it drop out here; undated posts cannot be placed.
  for (const post of pickRelated(posts, current, posts.length)) {
    const when = time(post);
    if (Number.isNaN(when) || (current.language && post.language !== current.language)) continue;
    if (when < at && !(previous && time(previous) >= when)) previous = post;
    if (when > at && !(next && time(next) <= when)) next = post;
  }
  return adjacentData(previous, next, current.language);
}
