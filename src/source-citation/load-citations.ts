/**
 * The two ways `<source-citation>` gets its citations, for its `load()`: a CSL-JSON `src`, or the sources
 * the page declares, their gaps filled from a metadata endpoint. The adapters are imported on demand, so
 * a block that uses neither never downloads them.
 */
import type { Citation } from '../core/citation-model.js';
import { endpointUrl } from '../core/endpoints.js';
import { isAbortError } from '../core/errors.js';
import { fetchResource } from '../core/fetch.js';
import { declaredCitation, type DeclaredSource } from './declared-sources.js';

interface LoadOptions {
  signal: AbortSignal;
  reload: boolean;
}

/** The citations of a CSL-JSON document (one item or an array). */
export async function loadCslCitations(url: string, options: LoadOptions): Promise<Citation[]> {
  const [resource, { toCitations }] = await Promise.all([fetchResource(url, options), import('../core/adapters/csl.js')]);
  return toCitations(resource.body, resource.url);
}

/**
 * The metadata request for `href`. `endpoint` is a proxy's root (`https://proxy.example` →
 * `https://proxy.example/meta?url=…`) or its oEmbed route, whose sibling `/meta` answers
 * (`/proxy/oembed` → `/proxy/meta?url=…`); one that already ends in `/meta` is used as it is.
 */
export function metadataUrl(endpoint: string, href: string): string {
  const url = new URL(endpoint);
  url.pathname = url.pathname.replace(/\/(?:oembed|meta)?\/*$/, '') + '/meta';
  return endpointUrl(url.href, { url: href });
}

/**
 * The declared sources as citations; with `endpoint`, each linked source's missing fields are filled from
 * its page's metadata. A source whose metadata fails keeps what the page gave: one broken link must not
 * fail the block.
 */
export async function loadDeclaredCitations(
  sources: readonly DeclaredSource[],
  endpoint: string | undefined,
  options: LoadOptions,
): Promise<Citation[]> {
  // The metadata adapter also holds the name parser that `author` attributes need.
  const meta = endpoint || sources.some((source) => source.author) ? await import('../core/adapters/meta.js') : undefined;
  const citations = sources.map((source, index) => declaredCitation(source, index, meta?.nameFromText));
  if (!endpoint || !meta) return citations;
  return Promise.all(
    citations.map(async (citation) => {
      if (!citation.url) return citation;
      try {
        const resource = await fetchResource(metadataUrl(endpoint, citation.url), options);
        return meta.mergeCitation(citation, meta.metaToCitation(resource.body, citation.url));
      } catch (error) {
        if (isAbortError(error)) throw error;
        return citation;
      }
    }),
  );
}
