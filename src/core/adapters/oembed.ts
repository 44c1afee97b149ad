/**
 * The oEmbed adapter: oEmbed 1.0 responses (https://oembed.com), JSON or XML, to the normalized `OEmbed`
 * model. Validation and text rules: `oembed-normalize.ts`. The XML reader lives in `oembed-xml.ts` and
 * is only re-exported here, so a bundle that imports `parseOEmbedXml` from there on demand (as
 * `<oembed-preview>` does) keeps it out of its first chunk.
 */
import type { OEmbed } from '../../shared/oembed-model.js';
import { isRecord } from '../../shared/fields.js';
import { normalizeOEmbed } from '../../shared/oembed-normalize.js';

export { parseOEmbedXml } from './oembed-xml.js';

/** Normalizes a parsed oEmbed JSON body; `responseUrl` resolves relative URLs and tells the page URL. */
export function parseOEmbedJson(body: unknown, responseUrl: string): OEmbed {
  return normalizeOEmbed(isRecord(body) ? body : {}, responseUrl);
}
