/** Where `/meta` answers come from: the page, then its oEmbed for what it left out; cached. */
import { lifetime, type AnswerCache, type Served } from './cache.js';
import { ProxyError } from './errors.js';
import { fillFromOEmbed, lacksWhatOEmbedHas, metadataFromPage, type PageMetadata } from './metadata.js';
import type { OEmbedSource } from './oembed-source.js';
import type { ResolvedOptions } from './options.js';
import { fetchPage } from './page.js';

export class MetadataSource {
  readonly #options: ResolvedOptions;
  readonly #oembeds: OEmbedSource;
  readonly #cache: AnswerCache;

  constructor(options: ResolvedOptions, oembeds: OEmbedSource, cache: AnswerCache) {
    this.#options = options;
    this.#oembeds = oembeds;
    this.#cache = cache;
  }

  /** The value is the page's `PageMetadata`. */
  get(pageUrl: URL): Promise<Served<PageMetadata>> {
    return this.#cache.get(`meta ${pageUrl.href}`, async () => {
      const page = await fetchPage(pageUrl, this.#options);
      let metadata = metadataFromPage(page);
      if (lacksWhatOEmbedHas(metadata)) {
        // A fallback only: a page without oEmbed, or with a broken one, still has its metadata.
        const oembed = await this.#oembeds.get(pageUrl, {}, page).catch(unlessBug);
        if (oembed) metadata = fillFromOEmbed(metadata, oembed.value());
        else if (!page.head) throw new ProxyError(422, 'invalid-upstream', 'Not an HTML page, and no oEmbed for it.');
      }
      return { value: metadata, lifetime: lifetime(page.headers.get('cache-control'), undefined, this.#options.cache) };
    });
  }
}

/** Swallows the expected failures of an optional step; lets bugs through. */
function unlessBug(error: unknown): undefined {
  if (error instanceof ProxyError) return undefined;
  throw error;
}
