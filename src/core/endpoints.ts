/**
 * Request URLs built from an `endpoint`. Data flows endpoint → request URL → fetch → adapter; this module
 * is the first arrow.
 */

export type QueryValue = string | number | boolean | undefined | null | Array<string | number>;

/**
 * A WordPress REST route (`/wp/v2/posts/5`) under a site's API root. Both root styles work: pretty
 * permalinks (`https://example.com/wp-json`) and plain ones (`https://example.com/?rest_route=/`).
 * `true` values become bare flags (`_embed`), arrays comma lists, `undefined`/`null`/`false` are left out.
 */
export function wordpressUrl(root: string, route: string, query: Record<string, QueryValue> = {}): string {
  const url = new URL(root);
  if (url.searchParams.has('rest_route')) {
    url.searchParams.set('rest_route', joinPath(url.searchParams.get('rest_route')!, route));
  } else {
    url.pathname = joinPath(url.pathname, route);
  }
  return withQuery(url, query);
}

/**
 * One WordPress post with its embedded author, media and terms: the URL `<post-card endpoint post-id>` and
 * `<related-posts endpoint post-id>` both request, so they share one response.
 */
export const wordpressPostUrl = (root: string, id: string) =>
  wordpressUrl(root, `wp/v2/posts/${encodeURIComponent(id)}`, { _embed: true });

/** `endpoint` with query parameters added (oEmbed requests, proxies). */
export function endpointUrl(endpoint: string, query: Record<string, QueryValue>): string {
  return withQuery(new URL(endpoint), query);
}

/**
 * The post-embeds proxy's metadata request for the page `href`. `endpoint` is a proxy's root
 * (`https://proxy.example` → `https://proxy.example/meta?url=…`) or its oEmbed route, whose sibling `/meta`
 * answers (`/proxy/oembed` → `/proxy/meta?url=…`); one that already ends in `/meta` is used as it is.
 */
export function metadataUrl(endpoint: string, href: string): string {
  const url = new URL(endpoint);
  url.pathname = url.pathname.replace(/\/(?:oembed|meta)?\/*$/, '') + '/meta';
  return endpointUrl(url.href, { url: href });
}

function joinPath(base: string, route: string): string {
  return `${base.replace(/\/+$/, '')}/${route.replace(/^\/+/, '')}`;
}

function withQuery(url: URL, query: Record<string, QueryValue>): string {
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === false) continue;
    url.searchParams.set(name, value === true ? '' : Array.isArray(value) ? value.join(',') : String(value));
  }
  // `_embed=` and `_embed` mean the same to WordPress; the bare flag reads better and matches its docs.
  return url.href.replace(/=(?=&|$)/g, '');
}
