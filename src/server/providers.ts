/**
 * oEmbed provider registry (https://oembed.com/providers.json, shipped by the `oembed-providers`
 * package): which endpoint serves a page URL, without fetching the page.
 */

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
      const format = !endpoint.formats || endpoint.formats.includes('json') ? 'json' : 'xml';
      const target = { url: endpoint.url.replace('{format}', format), format } as const;
      return (endpoint.schemes ?? []).flatMap((scheme) => {
        const pattern = schemeToRegExp(scheme);
        return pattern ? [{ pattern, target }] : [];
      });
    }),
  );
  return (pageUrl) => patterns.find(({ pattern }) => pattern.test(pageUrl.href))?.target;
}

/**
 * A registry scheme as an anchored regular expression. A `*` in the host stays inside the host
 * (`[^/?#]*`), so `https://*.example.com/*` cannot be satisfied by another site's path or query.
 * Schemes that are not URLs with a host (`spotify:*`) can never match a page URL: skipped.
 */
function schemeToRegExp(scheme: string): RegExp | undefined {
  const parts = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(.*)$/i.exec(scheme);
  if (!parts) return undefined;
  const wildcard = (text: string, any: string) => text.split('*').map(escapeRegExp).join(any);
  return new RegExp(`^${wildcard(parts[1]!.toLowerCase(), '[^/?#]*')}${wildcard(parts[2]!, '.*')}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let registry: Promise<ProviderLookup> | undefined;

/** The `oembed-providers` registry, loaded on first use (170 KB of JSON: not at start-up). */
export function loadRegistry(): Promise<ProviderLookup> {
  registry ??= import('oembed-providers/providers.json', { with: { type: 'json' } }).then((module) =>
    compileProviders(module.default as readonly OEmbedProvider[]),
  );
  return registry;
}
