/**
 * Where oEmbed responses come from: the registry's provider for the URL, else the endpoint the
 * page itself advertises; fetched, validated, normalized and cached.
 */
import { lifetime, type AnswerCache, type Served } from './cache.js';
import { discoverOEmbed, type OEmbedLink } from './discovery.js';
import { ProxyError } from './errors.js';
import { normalizeOEmbed, type OEmbed } from './oembed.js';
import { parseOEmbedXml } from './oembed-xml.js';
import type { ResolvedOptions } from './options.js';
import { fetchPage, type Page } from './page.js';
import { compileProviders, loadRegistry, type ProviderLookup } from './providers.js';
import { discardBody, expectSuccess, fetchUpstream, mediaType, readCappedText } from './upstream.js';

/** `maxwidth` / `maxheight`, passed on to the provider. */
export interface OEmbedSize {
  maxwidth?: number;
  maxheight?: number;
}

export class OEmbedSource {
  readonly #options: ResolvedOptions;
  readonly #cache: AnswerCache;
  readonly #providers: () => Promise<ProviderLookup>;

  constructor(options: ResolvedOptions, cache: AnswerCache) {
    this.#options = options;
    this.#cache = cache;
    const configured = options.providers && Promise.resolve(compileProviders(options.providers));
    this.#providers = () => configured ?? loadRegistry();
  }

  /**
   * The oEmbed for `pageUrl`. Pass `page` when it has been fetched already (for its metadata), so
   * discovery reads it instead of fetching it again. The value is the normalized oEmbed.
   */
  get(pageUrl: URL, size: OEmbedSize, page?: Page): Promise<Served<OEmbed>> {
    const key = ['oembed', pageUrl.href, size.maxwidth ?? '', size.maxheight ?? ''].join(' ');
    return this.#cache.get(key, async () => {
      const endpoint = await this.#endpointFor(pageUrl, page);
      const { oembed, cacheControl } = await this.#fetchOEmbed(endpoint, size);
      return { value: oembed, lifetime: lifetime(cacheControl, oembed.cache_age, this.#options.cache) };
    });
  }

  async #endpointFor(pageUrl: URL, page: Page | undefined): Promise<OEmbedLink> {
    const provider = (await this.#providers())(pageUrl);
    if (provider) {
      const url = new URL(provider.url);
      url.searchParams.set('url', pageUrl.href);
      url.searchParams.set('format', provider.format);
      return { url, format: provider.format };
    }
    page ??= await fetchPage(pageUrl, this.#options);
    const link = discoverOEmbed(page.links, page.url);
    if (!link) throw new ProxyError(404, 'not-found', 'No oEmbed provider matches this URL and the page advertises none.');
    return link;
  }

  async #fetchOEmbed(endpoint: OEmbedLink, size: OEmbedSize): Promise<{ oembed: OEmbed; cacheControl: string | null }> {
    const url = new URL(endpoint.url);
    if (size.maxwidth) url.searchParams.set('maxwidth', String(size.maxwidth));
    if (size.maxheight) url.searchParams.set('maxheight', String(size.maxheight));
    const upstream = await fetchUpstream(
      url,
      endpoint.format === 'json' ? 'application/json' : 'text/xml',
      this.#options,
      AbortSignal.timeout(this.#options.timeout),
    );
    expectSuccess(upstream);
    // Providers do not always answer in the format asked for: a JSON or XML content type decides. Others
    // label their answers wrongly (`text/html` from DeviantArt, Spotify and Ustream, `text/x-javascript`
    // from Animoto, for JSON): then the body decides, as in the elements, and an HTML page is refused.
    const type = mediaType(upstream.response);
    const declared = isJsonType(type) ? parseJson : isXmlType(type) ? parseOEmbedXml : undefined;
    if (!declared && !isTextType(type)) {
      discardBody(upstream.response);
      throw new ProxyError(422, 'invalid-upstream', `Expected an oEmbed response, got ${type || 'no content type'}.`);
    }
    // Read as XML is read (JSON has no declaration of its own, so it falls through to the header or UTF-8).
    const text = await readCappedText(upstream.response, this.#options.maxOEmbedBytes, 'xml');
    const parse = declared ?? sniffed(text);
    if (!parse) throw new ProxyError(422, 'invalid-upstream', `Expected an oEmbed response, got ${type}.`);
    return {
      oembed: normalizeOEmbed(parse(text), upstream.url),
      cacheControl: upstream.response.headers.get('cache-control'),
    };
  }
}

function isJsonType(type: string): boolean {
  return ['application/json', 'text/json', 'text/javascript', 'application/javascript'].includes(type) || type.endsWith('+json');
}

function isXmlType(type: string): boolean {
  return type === 'text/xml' || type === 'application/xml' || type.endsWith('+xml');
}

/** Text a mislabelled oEmbed answer arrives as (`text/html`, `text/plain`, `text/x-javascript`). */
function isTextType(type: string): boolean {
  return type.startsWith('text/');
}

/** The reader a body's first character calls for: `{` JSON, `<?xml` or `<oembed` XML, else none. */
function sniffed(text: string): ((text: string) => unknown) | undefined {
  const start = text.trimStart();
  if (start.startsWith('{')) return parseJson;
  if (/^<(\?xml|oembed[\s>])/i.test(start)) return parseOEmbedXml;
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ProxyError(422, 'invalid-upstream', 'The oEmbed response is not valid JSON.');
  }
}
