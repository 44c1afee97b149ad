/**
 * oEmbed discovery (oEmbed 1.0 §4): `<link rel="alternate" type="application/json+oembed">` (or
 * `text/xml+oembed`) in a page's head, or the same link in an HTTP `Link` header.
 */
import { safeHttpUrl } from '../core/url.js';
import type { HeadLink } from './html-head.js';

export interface OEmbedLink {
  url: URL;
  format: 'json' | 'xml';
}

const OEMBED_TYPES: Record<string, OEmbedLink['format']> = {
  'application/json+oembed': 'json',
  'text/xml+oembed': 'xml',
  // Seen in the wild, and harmless to accept.
  'application/xml+oembed': 'xml',
};

/** The advertised oEmbed endpoint, JSON preferred over XML; relative hrefs resolve against `base`. */
export function discoverOEmbed(links: readonly HeadLink[], base: URL): OEmbedLink | undefined {
  const candidates = links.flatMap((link) => {
    const format = link.type ? OEMBED_TYPES[link.type] : undefined;
    const href = safeHttpUrl(link.href, base);
    return format && href && link.rel.includes('alternate') ? [{ url: new URL(href), format }] : [];
  });
  return candidates.find((link) => link.format === 'json') ?? candidates[0];
}

/**
 * The links of an HTTP `Link` header (RFC 8288):
 * `<https://example.com/oembed?url=…>; rel="alternate"; type="application/json+oembed"`.
 */
export function parseLinkHeader(header: string | null): HeadLink[] {
  if (!header) return [];
  return [...header.matchAll(/<([^>]*)>([^<]*)/g)].map(([, href = '', parameters = '']) => {
    const values = new Map(
      [...parameters.matchAll(/;\s*([\w*-]+)\s*=\s*(?:"([^"]*)"|([^;,\s]*))/g)].map(([, name = '', quoted, bare]) => [
        name.toLowerCase(),
        (quoted ?? bare ?? '').trim(),
      ]),
    );
    return {
      href,
      rel: (values.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean),
      type: values.get('type')?.toLowerCase(),
    };
  });
}
