/**
 * Finds the oEmbed endpoint of a page URL in the oembed.com provider list.
 *
 * The list (`registry.generated.ts`, ~9 KB gzip) is loaded with a dynamic `import()` on first use, so
 * bundlers put it in a chunk of its own and pages that always give an `endpoint` never download it.
 */
import { loadChunk } from '../../core/chunks.js';
import { PostEmbedsError } from '../../shared/errors.js';
import { safeHttpUrl } from '../../shared/url.js';
import { oembedRequestUrl, type OEmbedQuery } from '../oembed-request.js';

type CompiledRegistry = readonly (readonly [pattern: RegExp, endpoint: string, name: string])[];

let registry: Promise<CompiledRegistry> | undefined;

function loadRegistry(): Promise<CompiledRegistry> {
  registry ??= loadChunk(import('./registry.generated.js')).then(({ default: entries }) =>
    entries.map(([pattern, endpoint, name]) => [new RegExp(pattern), endpoint, name] as const),
  );
  return registry;
}

/**
 * The oEmbed endpoint for `url` (an http/https page URL), or `undefined` when no known provider embeds
 * it. Endpoints whose format is part of the path (`…/oembed.{format}`) get `format` filled in.
 */
export async function findProviderEndpoint(
  url: string,
  format: 'json' | 'xml' = 'json',
): Promise<string | undefined> {
  // The patterns expect a normalized href: lower-case host, explicit path.
  const href = safeHttpUrl(url);
  if (!href) return undefined;
  const match = (await loadRegistry()).find(([pattern]) => pattern.test(href));
  return match?.[1].replace('{format}', format);
}

/**
 * The request URL for `page` from its provider's endpoint. Most providers send no CORS headers, so this
 * works only for the few that do: sites point `endpoint` at a proxy (`post-embeds/server`) instead.
 */
export async function providerRequestUrl(page: string, query: OEmbedQuery): Promise<string> {
  const endpoint = await findProviderEndpoint(page, query.format);
  if (!endpoint) throw new PostEmbedsError('config', `No oEmbed provider is known for ${page}: set an endpoint.`);
  return oembedRequestUrl(endpoint, page, query);
}

/**
 * The provider of the page `url` as a reader's consent names it: its name in the oembed.com provider list
 * (`YouTube`, `Vimeo`…), else the page's host name (`blog.example`). Read from the page URL the site wrote,
 * never from the provider's answer, so no provider can pass for another.
 */
export async function providerIdentity(url: string): Promise<string | undefined> {
  const href = safeHttpUrl(url);
  if (!href) return undefined;
  const match = (await loadRegistry()).find(([pattern]) => pattern.test(href));
  return match?.[2] ?? new URL(href).hostname;
}
