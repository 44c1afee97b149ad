/** Fetching a page to learn about it: its `<head>` if it is HTML, and its `Link` header either way. */
import { parseLinkHeader } from './discovery.js';
import { readHtmlHead, type HeadLink, type HtmlHead } from './html-head.js';
import type { ResolvedOptions } from './options.js';
import { discardBody, expectSuccess, fetchUpstream, mediaType } from './upstream.js';

export interface Page {
  /** The URL that answered, after redirects. */
  url: URL;
  headers: Headers;
  /** Links from the `Link` header, then from the head. */
  links: HeadLink[];
  /** Only for HTML pages. */
  head?: HtmlHead;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export async function fetchPage(url: URL, options: ResolvedOptions): Promise<Page> {
  const upstream = await fetchUpstream(
    url,
    'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
    options,
    AbortSignal.timeout(options.timeout),
  );
  expectSuccess(upstream);
  const { response } = upstream;
  let head: HtmlHead | undefined;
  if (HTML_TYPES.has(mediaType(response))) head = await readHtmlHead(response, options.maxHtmlBytes);
  else discardBody(response);
  return {
    url: upstream.url,
    headers: response.headers,
    links: [...parseLinkHeader(response.headers.get('link')), ...(head?.links ?? [])],
    head,
  };
}
