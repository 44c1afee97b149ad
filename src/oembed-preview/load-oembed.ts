/**
 * How `<oembed-preview>` gets its oEmbed response: the request URL (`src`, or `endpoint` + the page `url`,
 * or a provider of the oembed.com registry), the shared fetch cache, and the adapter. The XML reader and
 * the provider registry are imported on demand, so pages that use neither never download them.
 */
import { parseOEmbedJson } from '../core/adapters/oembed.js';
import { endpointUrl } from '../core/endpoints.js';
import { PostEmbedsError } from '../core/errors.js';
import { expireResource, fetchResource } from '../core/fetch.js';
import type { OEmbed } from '../core/oembed-model.js';

export type OEmbedFormat = 'json' | 'xml';

/** What to ask for: a complete request URL, or the page to find a provider for. */
export type OEmbedRequest = { url: string } | { page: string };

export interface OEmbedQuery {
  format: OEmbedFormat;
  maxwidth?: number;
  maxheight?: number;
}

/** The request `endpoint?url=…&format=…&maxwidth=…&maxheight=…` for `page`. */
export function oembedRequestUrl(endpoint: string, page: string, { format, maxwidth, maxheight }: OEmbedQuery): string {
  return endpointUrl(endpoint, { url: page, format, maxwidth, maxheight });
}

/**
 * The request URL for `page` from the oembed.com provider list. Most providers send no CORS headers, so
 * this works only for the few that do: sites point `endpoint` at a proxy (`post-embeds/server`) instead.
 */
async function registryRequestUrl(page: string, query: OEmbedQuery): Promise<string> {
  const { findProviderEndpoint } = await import('./providers/match.js');
  const endpoint = await findProviderEndpoint(page, query.format);
  if (!endpoint) {
    throw new PostEmbedsError('config', `No oEmbed provider is known for ${page}: set an endpoint.`);
  }
  return oembedRequestUrl(endpoint, page, query);
}

/** Fetches and normalizes one oEmbed response, honouring its `cache_age` in the shared cache. */
export async function loadOEmbed(
  request: OEmbedRequest,
  query: OEmbedQuery,
  { signal, reload }: { signal: AbortSignal; reload: boolean },
): Promise<OEmbed> {
  const xml = query.format === 'xml';
  // Started at once, so the XML reader downloads while the request is in flight.
  const xmlReader = xml ? import('../core/adapters/oembed-xml.js') : undefined;
  const url = 'url' in request ? request.url : await registryRequestUrl(request.page, query);
  const kind = xml ? 'text' : 'json';
  const resource = await fetchResource(url, { kind, signal, reload });
  const embed = xmlReader
    ? (await xmlReader).parseOEmbedXml(resource.body as string, resource.url)
    : parseOEmbedJson(resource.body, resource.url);
  if (embed.cacheAge !== undefined) expireResource(url, embed.cacheAge, kind);
  return embed;
}
