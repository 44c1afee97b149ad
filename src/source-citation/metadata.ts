/**
 * What declared sources need beyond the plain style, loaded on demand: their details (author, dates, type),
 * read with the metadata adapter's name parser, and the filling of their gaps from page metadata (the
 * post-embeds proxy's `/meta`).
 */
import { datePartsFromIso, type Citation, type CitationType, type Name } from '../core/citation-model.js';
import { mergeCitation, metaToCitation, nameFromText } from '../core/adapters/meta.js';
import { metadataUrl } from '../core/endpoints.js';
import { isAbortError } from '../shared/errors.js';
import { fetchResource, type FetchOptions } from '../core/fetch/cache.js';
import type { DeclaredSource } from './declared-sources.js';

const CITATION_TYPES: readonly string[] = ['article-newspaper', 'article-magazine', 'webpage', 'post-weblog', 'report', 'book'];

/**
 * `citation` with the details its source states: authors (several separated by `;`, organisations kept
 * whole), ISO 8601 dates (an invalid one is left out), and a type the formatter knows.
 */
export function withDetails(citation: Citation, source: DeclaredSource): Citation {
  return {
    ...citation,
    type: CITATION_TYPES.includes(source.type!) ? (source.type as CitationType) : undefined,
    authors: (source.author?.split(';') ?? [])
      .map((name) => nameFromText(name, source.publisher))
      .filter((name): name is Name => !!name),
    issued: datePartsFromIso(source.published ?? ''),
    accessed: datePartsFromIso(source.accessed ?? ''),
  };
}

/**
 * Each linked citation with its missing fields taken from its page's metadata: what the page states
 * always wins. A source whose metadata fails keeps what it has: one broken link must not fail the block.
 */
export function fillFromMetadata(citations: readonly Citation[], endpoint: string, options: FetchOptions): Promise<Citation[]> {
  return Promise.all(
    citations.map(async (citation) => {
      if (!citation.url) return citation;
      try {
        const resource = await fetchResource(metadataUrl(endpoint, citation.url), options);
        return mergeCitation(citation, metaToCitation(resource.body, citation.url));
      } catch (error) {
        if (isAbortError(error)) throw error;
        return citation;
      }
    }),
  );
}
