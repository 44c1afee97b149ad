/**
 * Cache priming for WordPress collections. A query fetched with `_embed` (and without `_fields`) holds each
 * post exactly as its single-post route answers `?_embed`; stored under that URL, a `<post-card>` of one of
 * them on the same page renders without a request.
 */
import { isRecord, plainText, records, type JsonRecord } from '../shared/fields.js';
import { endpointUrl } from '../core/endpoints.js';
import { primeResource } from '../core/fetch/cache.js';

/** Names the single-post URL of a post object, or `undefined` when it has no trustworthy one. */
export type SinglePostUrl = (id: string, post: JsonRecord) => string | undefined;

/** Whether a collection request returns complete posts: every relation embedded and no field left out. */
export function returnsCompletePosts(requestUrl: string): boolean {
  const query = new URL(requestUrl).searchParams;
  return ['', '1', 'true'].includes(query.get('_embed')!) && !query.has('_fields');
}

/** Stores each post of a WordPress array under the single-post URL `urlOf` gives it. */
export function primeWordPressPosts(body: unknown, urlOf: SinglePostUrl): void {
  for (const post of records(body)) {
    const id = plainText(post.id);
    const url = id && urlOf(id, post);
    if (url) primeResource(url, post);
  }
}

/**
 * For a collection from `src` (no endpoint known): the post's own `_links.self` with `_embed`, accepted only
 * on the collection's origin and only if it is that post's `/wp/v2/posts/{id}` route. Another origin could
 * otherwise plant content in the cache for a site it does not speak for.
 */
export function selfLinkOnOrigin(collectionUrl: string): SinglePostUrl {
  const origin = new URL(collectionUrl).origin;
  return (id, post) => {
    const self = isRecord(post._links) ? records(post._links.self)[0]?.href : undefined;
    let url: URL;
    try {
      url = new URL(self as string);
    } catch {
      return undefined;
    }
    // Pretty permalinks carry the route in the path, plain ones in `?rest_route=`.
    const route = url.searchParams.get('rest_route') ?? url.pathname;
    return url.origin === origin && route.endsWith(`/wp/v2/posts/${id}`) ? endpointUrl(url.href, { _embed: true }) : undefined;
  };
}
