/**
 * Response bodies to the normalized model: format detection, then one adapter per format.
 * Adapters are pure: no page DOM, no fetching. Every error they throw is a `PostEmbedsError`.
 */
import { PostEmbedsError } from '../errors.js';
import type { FormatName, Post, PostCollection } from '../model.js';
import { isRecord, plainText } from './fields.js';
import { readGhost, isGhostPosts } from './ghost.js';
import { isJsonFeed, readJsonFeed } from './jsonfeed.js';
import { isNativeBody, readNative } from './native.js';
import { listablePosts, requireTitle, type PostSource } from './source.js';
import { isWordPressError, readWordPress } from './wordpress.js';

/** The formats whose bodies hold posts. */
export type PostFormat = 'wordpress' | 'jsonfeed' | 'ghost' | 'native';

const readers: Record<PostFormat, (body: unknown, responseUrl: string) => PostSource> = {
  wordpress: readWordPress,
  jsonfeed: readJsonFeed,
  ghost: readGhost,
  native: readNative,
};

function isWordPressPost(value: unknown): boolean {
  return (
    isRecord(value) &&
    ((isRecord(value.title) && 'rendered' in value.title) || isRecord(value._links) || isRecord(value.guid))
  );
}

/**
 * The format of a parsed body, or `undefined` when none fits. A bare array is a WordPress query
 * (an empty one included: WordPress answers an unmatched `?slug=` with `[]`).
 */
export function detectFormat(body: unknown): PostFormat | undefined {
  if (isJsonFeed(body)) return 'jsonfeed';
  if (Array.isArray(body) ? body.length === 0 || isWordPressPost(body[0]) : isWordPressPost(body) || isWordPressError(body)) {
    return 'wordpress';
  }
  if (isGhostPosts(body)) return 'ghost';
  if (isNativeBody(body)) return 'native';
  return undefined;
}

function readBody(body: unknown, format: FormatName, responseUrl: string): PostSource {
  const detected = format === 'auto' ? detectFormat(body) : format;
  if (detected === undefined) {
    throw new PostEmbedsError('unsupported', 'The response is not a format post-embeds reads (WordPress, JSON Feed, Ghost or the native model).', { url: responseUrl });
  }
  if (!Object.hasOwn(readers, detected)) {
    throw new PostEmbedsError('config', `format="${detected}" does not describe posts.`, { url: responseUrl });
  }
  return readers[detected as PostFormat](body, responseUrl);
}

export interface ReadOptions {
  /** `auto` (the default) detects the format from the body. */
  format?: FormatName;
  /** The response URL: relative URLs in the body resolve against it. */
  url: string;
}

export interface PickOptions extends ReadOptions {
  /** In a collection, the item whose `id` equals this (compared as strings). */
  id?: string | null;
  /** In a collection, the item whose `slug` equals this. */
  slug?: string | null;
}

/**
 * One post from a body. A collection (JSON Feed, Ghost, a WordPress array) gives the item picked by
 * `id`, else by `slug`, else its first. Throws `not-found` when there is no such item and
 * `unsupported` when the post has no title.
 */
export function toPost(body: unknown, { format = 'auto', url, id, slug }: PickOptions): Post {
  const source = readBody(body, format, url);
  const wanted = (entry: unknown) =>
    isRecord(entry) && (id ? plainText(entry.id) === id : slug ? plainText(entry.slug) === slug : true);
  const entry = source.isCollection ? source.entries.find(wanted) : source.entries[0];
  if (entry === undefined) {
    const which = id ? ` with id "${id}"` : slug ? ` with slug "${slug}"` : '';
    throw new PostEmbedsError('not-found', `The response has no post${which}.`, { url });
  }
  return requireTitle(source.read(entry), url);
}

/**
 * All posts of a body (a single-post body gives a collection of one). Items with neither a title
 * nor a link are left out.
 */
export function toCollection(body: unknown, { format = 'auto', url }: ReadOptions): PostCollection {
  const { entries, read, title, url: collectionUrl, language, total } = readBody(body, format, url);
  return { posts: listablePosts(entries.map(read)), title, url: collectionUrl, language, total };
}
