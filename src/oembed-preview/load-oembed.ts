/**
 * How `<oembed-preview>` gets its oEmbed response: the request URL (`src`, or `endpoint` + the page `url`,
 * or a provider of the oembed.com registry), the shared fetch cache, and the adapter. The XML reader and
 * the provider registry are imported on demand, so pages that use neither never download them.
 */
import { loadChunk } from '../core/chunks.js';
import { parseOEmbedJson } from '../core/adapters/oembed.js';
import { expireResource, fetchResource } from '../core/fetch/cache.js';
import { metadataUrl } from '../core/endpoints.js';
import type { OEmbed, OEmbedLink } from '../shared/oembed-model.js';
import { oembedRequestUrl, type OEmbedRequest } from './oembed-request.js';

/** `src` as given; else the page's request to its endpoint, or to its provider in the oembed.com list. */
async function requestUrl(request: OEmbedRequest): Promise<string> {
  if ('src' in request) return request.src;
  if (request.endpoint) return oembedRequestUrl(request.endpoint, request.page, request);
  const { providerRequestUrl } = await loadChunk(import('./providers/match.js'));
  return providerRequestUrl(request.page, request);
}

/**
 * The page's metadata request (`/meta`), when the oEmbed request goes to a post-embeds proxy's `/oembed` route
 * (`endpoint`, or the path of a complete `src`): only then is there a sibling that answers it.
 */
function pageMetadataUrl(request: OEmbedRequest): string | undefined {
  const endpoint = 'src' in request ? request.src : request.endpoint;
  const oembed = endpoint ? new URL(endpoint) : undefined;
  const page = 'src' in request ? oembed?.searchParams.get('url') : request.page;
  return page && oembed && /\/oembed\/*$/.test(oembed.pathname) ? metadataUrl(oembed.origin + oembed.pathname, page) : undefined;
}

/**
 * Fetches and normalizes one oEmbed response, honouring its `cache_age` in the shared cache. A link card
 * behind a proxy also gets its page's description and image (the `link-details` chunk, loaded then only).
 */
export async function loadOEmbed(request: OEmbedRequest, { signal, reload }: { signal: AbortSignal; reload: boolean }): Promise<OEmbed> {
  const xml = request.format === 'xml';
  // Started at once, so the XML reader downloads while the request is in flight.
  const xmlReader = xml ? loadChunk(import('../core/adapters/oembed-xml.js')) : undefined;
  // Awaited below; a failure while the request is in flight is not an unhandled rejection meanwhile.
  xmlReader?.catch(() => {});
  const url = await requestUrl(request);
  const kind = xml ? 'text' : 'json';
  const resource = await fetchResource(url, { kind, signal, reload });
  const embed = xmlReader
    ? (await xmlReader).parseOEmbedXml(resource.body as string, resource.url)
    : parseOEmbedJson(resource.body, resource.url);
  if (embed.cacheAge !== undefined) expireResource(url, embed.cacheAge, kind);
  const meta = embed.type == 'link' && pageMetadataUrl(request);
  return meta
    ? loadChunk(import('./link-details.js')).then((details) => details.withPageDetails(embed as OEmbedLink, meta, { signal, reload }), () => embed)
    : embed;
}
