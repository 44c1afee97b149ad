/**
 * What `<oembed-preview>` asks an oEmbed endpoint for, and the request URL it makes of it. Its own module
 * because both the up-front loader and the on-demand provider lookup (`providers/match.ts`) build requests:
 * neither imports the other.
 */
import { endpointUrl } from '../core/endpoints.js';

export type OEmbedFormat = 'json' | 'xml';

export interface OEmbedQuery {
  format: OEmbedFormat;
  maxwidth?: number;
  maxheight?: number;
}

/** What to load: a complete request URL (`src`), or a page and the endpoint to ask (none: its provider's). */
export type OEmbedRequest = OEmbedQuery & ({ src: string } | { page: string; endpoint?: string });

/** The request `endpoint?url=…&format=…&maxwidth=…&maxheight=…` for `page`. */
export function oembedRequestUrl(endpoint: string, page: string, { format, maxwidth, maxheight }: OEmbedQuery): string {
  return endpointUrl(endpoint, { url: page, format, maxwidth, maxheight });
}
