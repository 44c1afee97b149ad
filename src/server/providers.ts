/**
 * oEmbed provider registry (https://oembed.com/providers.json, shipped by the `oembed-providers`
 * package): which endpoint serves a page URL, without fetching the page. Wildcards compile by the same
 * rules as in the registry `<oembed-preview>` loads, which drops http-only endpoints to avoid mixed
 * content; a server has no such concern, so the proxy keeps them.
 */
import { schemesPattern } from '../shared/provider-schemes.js';

/** One provider in the registry's own format. */
export interface OEmbedProvider {
  provider_name: string;
  provider_url?: string;
  endpoints: ReadonlyArray<{
    /** URL patterns with `*` wildcards (`https://*.youtube.com/watch*`). */
    schemes?: readonly string[];
    /** The endpoint; may contain a `{format}` placeholder. */
    url: string;
    formats?: readonly string[];
    discovery?: boolean;
  }>;
}

export interface ProviderEndpoint {
  /** The endpoint with `{format}` filled in. */
  url: string;
  /** The format to ask for: JSON unless the provider serves XML only. */
  format: 'json' | 'xml';
}

/** Finds the endpoint serving a page URL, if a provider claims it. */
export type ProviderLookup = (pageUrl: URL) => ProviderEndpoint | undefined;

export function compileProviders(providers: readonly OEmbedProvider[]): ProviderLookup {
  const patterns = providers.flatMap((provider) =>
    provider.endpoints.flatMap((endpoint) => {
      const pattern = schemesPattern(endpoint.schemes ?? []);
      if (!pattern) return [];
      const format = !endpoint.formats || endpoint.formats.includes('json') ? 'json' : 'xml';
      return [{ pattern: new RegExp(pattern), target: { url: endpoint.url.replace('{format}', format), format } as const }];
    }),
  );
  return (pageUrl) => patterns.find(({ pattern }) => pattern.test(pageUrl.href))?.target;
}

let registry: Promise<ProviderLookup> | undefined;

/** The `oembed-providers` registry, loaded on first use (170 KB of JSON: not at start-up). */
export function loadRegistry(): Promise<ProviderLookup> {
  registry ??= import('oembed-providers/providers.json', { with: { type: 'json' } }).then((module) =>
    compileProviders(module.default as readonly OEmbedProvider[]),
  );
  return registry;
}
