/**
 * The two ways `<source-citation>` gets its citations, for its `load()`: a CSL-JSON `src`, or the sources
 * the page declares. What they need beyond the plain style is imported on demand, so a block of links in
 * the plain style downloads nothing more.
 */
import type { Citation } from '../core/citation-model.js';
import { loadChunk } from '../core/chunks.js';
import { fetchResource } from '../core/fetch/cache.js';
import { declaredCitation, hasDetails, type DeclaredSource } from './declared-sources.js';

export interface LoadOptions {
  signal: AbortSignal;
  reload: boolean;
}

/** The citations of a CSL-JSON document (one item or an array). */
export async function loadCslCitations(url: string, options: LoadOptions): Promise<Citation[]> {
  const [resource, { toCitations }] = await Promise.all([fetchResource(url, options), loadChunk(import('../core/adapters/csl.js'))]);
  return toCitations(resource.body, resource.url);
}

/** The declared sources as citations, with their details, and their gaps filled from `endpoint` when there is one. */
export async function loadDeclaredCitations(
  sources: readonly DeclaredSource[],
  endpoint: string | undefined,
  options: LoadOptions,
): Promise<Citation[]> {
  const citations = sources.map(declaredCitation);
  if (!endpoint && !sources.some(hasDetails)) return citations;
  const details = await import('./metadata.js').catch((error: unknown) => {
    // A copy without this chunk: the sources as the plain style shows them, as when metadata fails.
    console.warn('post-embeds: source details could not be loaded.', error);
  });
  if (!details) return citations;
  const { withDetails, fillFromMetadata } = details;
  const detailed = citations.map((citation, index) => withDetails(citation, sources[index]));
  return endpoint ? fillFromMetadata(detailed, endpoint, options) : detailed;
}
