/**
 * Response bodies to the normalized model: format detection, then one adapter per format.
 * Adapters are pure: no page DOM, no fetching. Every error they throw is a `PostEmbedsError`.
 * Only the WordPress reader (the main case) ships up front; the others are `import()`ed when a body
 * in their format arrives (RSS and Atom: `feed.ts` with its XML parser), so reading is asynchronous.
 */
import { loadChunk } from '../chunks.js';
import { PostEmbedsError } from '../../shared/errors.js';
import type { FormatName, Post, PostCollection } from '../model.js';
import { isGhostBody, isJsonFeed, isNativeBody } from './detect.js';
import { isXmlBody } from '../fetch/xml-body.js';
import { plainText, type Json } from '../../shared/fields.js';
import { collectionFrom, listablePosts, titled, type PostSource } from './source.js';
import { isWordPressBody, readWordPress } from './wordpress.js';

/** The formats whose bodies hold posts. */
export type PostFormat = 'wordpress' | 'jsonfeed' | 'rss' | 'atom' | 'ghost' | 'native';

type SourceReader = (body: Json, responseUrl: string) => PostSource;

/** Any XML body is tried as a feed; the one reader for `rss` and `atom` tells RSS 2.0, RSS 1.0 and Atom apart. */
const feed: [(body: Json) => boolean, () => Promise<SourceReader>] = [isXmlBody, async () => (await loadChunk(import('./feed.js'))).readFeed as unknown as SourceReader];

/** Each format's test, in the order detection tries them, and how to get its reader. */
const adapters: Record<PostFormat, [(body: Json) => boolean, () => SourceReader | Promise<SourceReader>]> = {
  jsonfeed: [isJsonFeed, async () => (await loadChunk(import('./jsonfeed.js'))).readJsonFeed],
  rss: feed,
  atom: feed,
  wordpress: [isWordPressBody, () => readWordPress],
  ghost: [isGhostBody, async () => (await loadChunk(import('./ghost.js'))).readGhost],
  native: [isNativeBody, async () => (await loadChunk(import('./native.js'))).readNative],
};

/** The format of a parsed body, or `undefined` when none fits. */
export function detectFormat(body: unknown): PostFormat | undefined {
  return (Object.keys(adapters) as PostFormat[]).find((format) => adapters[format][0](body as Json));
}

async function readBody(body: unknown, format: FormatName, url: string): Promise<PostSource> {
  const detected = format == 'auto' ? detectFormat(body) : format;
  if (!detected) throw new PostEmbedsError('unsupported', 'Unknown response format.', { url });
  if (!Object.hasOwn(adapters, detected)) throw new PostEmbedsError('config', `format="${detected}" has no posts.`, { url });
  const read = await adapters[detected as PostFormat][1]();
  return read(body as Json, url);
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
 * One post from a body. A collection (JSON Feed, RSS or Atom, Ghost, a WordPress array) gives the item picked
 * by `id` (a feed item's `guid` or Atom `id`, or its link), else by `slug`, else its first. An untitled post
 * takes its title from its excerpt (`titled()`).
 * Rejects with `not-found` when there is no such item and `unsupported` when it has neither.
 */
export async function toPost(body: unknown, { format = 'auto', url, id, slug }: PickOptions): Promise<Post> {
  const { entries, single, read } = await readBody(body, format, url);
  const entry = single
    ? entries[0]
    : // A feed's item may also be named by its link (`post-id="https://…/the-post/"`).
      entries.find((item) => (id ? plainText(item.id) == id || plainText(item.url) == id : !slug || plainText(item.slug) == slug));
  if (!entry) throw new PostEmbedsError('not-found', `No post "${id || slug || ''}" in the response.`, { url });
  const post = titled(read(entry));
  if (!post) throw new PostEmbedsError('unsupported', 'The post has no title.', { url });
  return post;
}

/**
 * All posts of a body (a single-post body gives a collection of one). Items with neither a title
 * nor a link are left out.
 */
export async function toCollection(body: unknown, { format = 'auto', url }: ReadOptions): Promise<PostCollection> {
  const { entries, read, about } = await readBody(body, format, url);
  return { ...collectionFrom(about, url), posts: listablePosts(entries.map(read)) };
}
