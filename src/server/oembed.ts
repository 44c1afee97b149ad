/**
 * oEmbed 1.0 (https://oembed.com) responses: validation and normalization. What the proxy answers
 * is always a valid 1.0 response with only the spec's fields, whatever the provider sent.
 */
import { ProxyError } from './errors.js';
import { cleanText, httpUrl, integerAtLeast } from './text.js';

export type OEmbedType = 'photo' | 'video' | 'rich' | 'link';

/** A normalized oEmbed 1.0 response, with the spec's own field names. */
export interface OEmbed {
  type: OEmbedType;
  version: '1.0';
  title?: string;
  author_name?: string;
  author_url?: string;
  provider_name?: string;
  provider_url?: string;
  cache_age?: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
  /** `photo` only: the image. */
  url?: string;
  /** `photo`, `video` and `rich`. */
  width?: number;
  height?: number;
  /** `video` and `rich`: the provider's HTML, passed on untouched (clients must sandbox it). */
  html?: string;
}

const TYPES = new Set<string>(['photo', 'video', 'rich', 'link']);

function invalid(reason: string): ProxyError {
  return new ProxyError(422, 'invalid-upstream', `Invalid oEmbed response: ${reason}.`);
}

/**
 * Validates a provider's response (parsed JSON, or the fields of an XML response, whose values are
 * all strings) and keeps the valid fields. Numbers may arrive as strings. A `version` other than
 * "1.0" (or JSON's number 1.0) is refused; a missing one is tolerated, since several providers
 * omit it and the type's required fields prove the shape anyway. The thumbnail is kept only when
 * its URL, width and height are all valid. Relative URLs resolve against `base`; only http(s)
 * URLs are kept.
 */
export function normalizeOEmbed(raw: unknown, base: URL): OEmbed {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw invalid('not an object');
  const fields = raw as Record<string, unknown>;

  const version = typeof fields['version'] === 'string' ? fields['version'].trim() : fields['version'];
  if (version !== undefined && version !== '1.0' && version !== 1) throw invalid(`unsupported version ${String(version)}`);
  const type = fields['type'];
  if (typeof type !== 'string' || !TYPES.has(type)) throw invalid('missing or unknown type');

  const oembed: OEmbed = {
    type: type as OEmbedType,
    version: '1.0',
    title: cleanText(fields['title']),
    author_name: cleanText(fields['author_name'], 200),
    author_url: httpUrl(fields['author_url'], base),
    provider_name: cleanText(fields['provider_name'], 200),
    provider_url: httpUrl(fields['provider_url'], base),
    cache_age: integerAtLeast(0, fields['cache_age']),
  };

  const thumbnail = {
    url: httpUrl(fields['thumbnail_url'], base),
    width: integerAtLeast(1, fields['thumbnail_width']),
    height: integerAtLeast(1, fields['thumbnail_height']),
  };
  if (thumbnail.url && thumbnail.width && thumbnail.height) {
    oembed.thumbnail_url = thumbnail.url;
    oembed.thumbnail_width = thumbnail.width;
    oembed.thumbnail_height = thumbnail.height;
  }

  if (type !== 'link') {
    oembed.width = integerAtLeast(1, fields['width']);
    oembed.height = integerAtLeast(1, fields['height']);
    if (!oembed.width || !oembed.height) throw invalid(`a ${type} needs a width and a height`);
  }
  if (type === 'photo') {
    oembed.url = httpUrl(fields['url'], base);
    if (!oembed.url) throw invalid('a photo needs an http(s) url');
  }
  if (type === 'video' || type === 'rich') {
    const html = fields['html'];
    if (typeof html !== 'string' || !html.trim()) throw invalid(`a ${type} needs html`);
    oembed.html = html;
  }
  return oembed;
}
