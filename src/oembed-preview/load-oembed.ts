/**
 * How `<oembed-preview>` gets its oEmbed response: the request URL (`src`, or `endpoint` + the page `url`,
 * or a provider of the oembed.com registry), the shared fetch cache, and the adapter. The XML reader and
 * the provider registry are imported on demand, so pages that use neither never download them.
 */
import { loadChunk } from '../core/chunks.js';
import { parseOEmbedJson } from '../core/adapters/oembed.js';
import { expireResource, fetchResource } from '../core/fetch/cache.js';
import type { OEmbed } from '../shared/oembed-model.js';
import { oembedRequestUrl, type OEmbedRequest } from './oembed-request.js';

/** `src` as given; else the page's request to its endpoint, or to its provider in the oembed.com list. */
async function requestUrl(request: OEmbedRequest): Promise<string> {
  if ('src' in request) return request.src;
  if (request.endpoint) return oembedRequestUrl(request.endpoint, request.page, request);
  const { providerRequestUrl } = await loadChunk(import('./providers/match.js'));
  return providerRequestUrl(request.page, request);
}

/** Fetches and normalizes one oEmbed response, honouring its `cache_age` in the shared cache. */
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
  return embed;
}
