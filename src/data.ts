/**
 * `post-embeds/data`: the elements' loading in Node (or any runtime without a DOM), for server rendering and
 * static builds. Each function takes what the matching element takes and returns the model its `.data` takes,
 * through the same requests, adapters and errors (`PostEmbedsError` with the same `code`s):
 *
 *   loadPost      ↔ <post-card>        { src, postId?, slug?, format? } | { endpoint, postId } | { endpoint, slug }
 *   loadPosts     ↔ <related-posts>    { src, postId?, format?, limit?, layout? } | { endpoint, postId, limit?, layout? }
 *   loadOEmbed    ↔ <oembed-preview>   { src, format? } | { url, endpoint?, format?, maxwidth?, maxheight? }
 *   loadCitations ↔ <source-citation>  { src } (CSL-JSON)
 *
 * URLs must be absolute (there is no document to resolve them against). HTML fields become text with the
 * DOM-free parser (htmlparser2, an optional peer dependency this entry needs). `configure()` (fetch, headers,
 * timeout) applies as in the browser. Built by rollup.data.config.mjs into dist/data/index.js.
 */
import { toPost } from './core/adapters/index.js';
import { wordpressPostUrl, wordpressUrl } from './core/endpoints.js';
import { fetchResource } from './core/fetch/cache.js';
import type { Citation } from './core/citation-model.js';
import type { FormatName, Post, RelatedPostsData } from './core/model.js';
import { PostEmbedsError } from './shared/errors.js';
import type { OEmbed } from './shared/oembed-model.js';
import { loadOEmbed as loadOEmbedResponse } from './oembed-preview/load-oembed.js';
import { loadFromSource, loadFromWordPress } from './related-posts/load-related.js';
import { loadCslCitations } from './source-citation/load-citations.js';

export { configure, type PostEmbedsConfig } from './core/config.js';
export { PostEmbedsError, type PostEmbedsErrorCode } from './shared/errors.js';
export type * from './core/model.js';
export type * from './core/citation-model.js';
export type * from './shared/oembed-model.js';

/** Options every loader takes. */
export interface LoadOptions {
  /** Aborts the request (rejects with an `AbortError`). */
  signal?: AbortSignal;
}

/** What `<post-card>` reads: `src` (with `post-id`/`slug` picking an item of a collection), or a WordPress post. */
export type PostSource =
  | { src: string; postId?: string; slug?: string; format?: FormatName }
  | { endpoint: string; postId: string }
  | { endpoint: string; slug: string };

/** What `<related-posts>` reads. `layout: 'adjacent'` gives the previous/next pair, as the element does. */
export type PostsSource = ({ src: string; postId?: string; format?: FormatName } | { endpoint: string; postId: string }) & {
  limit?: number;
  layout?: 'list' | 'grid' | 'adjacent';
};

/** What `<oembed-preview>` reads. */
export type OEmbedSource = ({ src: string } | { url: string; endpoint?: string }) & {
  format?: 'json' | 'xml';
  maxwidth?: number;
  maxheight?: number;
};

/** What `<source-citation src>` reads: CSL-JSON, one item or an array. */
export interface CitationsSource {
  src: string;
}

/** An absolute http(s) URL, else the `config` error an element without a usable source would show. */
function absolute(value: string | undefined, what: string): string {
  try {
    const url = new URL(value ?? '');
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // Below.
  }
  throw new PostEmbedsError('config', `${what} must be an absolute http(s) URL, not "${value ?? ''}".`);
}

const signalOf = (options: LoadOptions) => options.signal ?? new AbortController().signal;

/** The `Post` that `<post-card>` renders for `source`. */
export async function loadPost(source: PostSource, options: LoadOptions = {}): Promise<Post> {
  const signal = signalOf(options);
  if ('src' in source) {
    const resource = await fetchResource(absolute(source.src, 'src'), { signal, reload: true });
    return toPost(resource.body, { format: source.format ?? 'auto', url: resource.url, id: source.postId, slug: source.slug });
  }
  const endpoint = absolute(source.endpoint, 'endpoint');
  const url =
    'postId' in source && source.postId
      ? wordpressPostUrl(endpoint, source.postId)
      : wordpressUrl(endpoint, 'wp/v2/posts', { slug: (source as { slug: string }).slug, _embed: true });
  const resource = await fetchResource(url, { signal, reload: true });
  return toPost(resource.body, { format: 'wordpress', url: resource.url, id: 'postId' in source ? source.postId : undefined, slug: 'slug' in source ? source.slug : undefined });
}

/** The `RelatedPostsData` that `<related-posts>` renders for `source`. */
export function loadPosts(source: PostsSource, options: LoadOptions = {}): Promise<RelatedPostsData> {
  const load = { mode: source.layout === 'adjacent' ? ('adjacent' as const) : ('related' as const), limit: source.limit ?? 3, signal: signalOf(options), reload: true };
  return 'src' in source
    ? loadFromSource(absolute(source.src, 'src'), source.format ?? 'auto', source.postId, load)
    : loadFromWordPress(absolute(source.endpoint, 'endpoint'), source.postId, load);
}

/** The `OEmbed` that `<oembed-preview>` renders for `source`. */
export function loadOEmbed(source: OEmbedSource, options: LoadOptions = {}): Promise<OEmbed> {
  const query = { format: source.format === 'xml' ? ('xml' as const) : ('json' as const), maxwidth: source.maxwidth, maxheight: source.maxheight };
  const request =
    'src' in source
      ? { ...query, src: absolute(source.src, 'src') }
      : { ...query, page: absolute(source.url, 'url'), endpoint: source.endpoint === undefined ? undefined : absolute(source.endpoint, 'endpoint') };
  return loadOEmbedResponse(request, { signal: signalOf(options), reload: true });
}

/** The `Citation[]` that `<source-citation src>` renders. */
export function loadCitations(source: CitationsSource, options: LoadOptions = {}): Promise<Citation[]> {
  return loadCslCitations(absolute(source.src, 'src'), { signal: signalOf(options), reload: true });
}
