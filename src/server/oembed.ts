/**
 * oEmbed 1.0 (https://oembed.com) responses as the proxy answers them: always a valid 1.0 response
 * with only the spec's fields, whatever the provider sent. Validation is the elements' own
 * (`shared/oembed-normalize.ts`); this maps its model back to the spec's field names.
 */
import { isRecord } from '../shared/fields.js';
import { readOEmbed } from '../shared/oembed-normalize.js';
import type { OEmbedType } from '../shared/oembed-model.js';
import { ProxyError } from './errors.js';
import { cleanText } from './text.js';

export type { OEmbedType };

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

function invalid(reason: string): ProxyError {
  return new ProxyError(422, 'invalid-upstream', `Invalid oEmbed response: ${reason}.`);
}

/**
 * Validates a provider's response (parsed JSON, or the fields of an XML response, whose values are
 * all strings) and keeps the valid fields, by the elements' rules. A response that is not valid
 * 1.0 (which an element would still show as a link card) is refused. Relative URLs resolve against
 * `responseUrl`. Text is collapsed and cut to a bounded length, as everywhere in the proxy's answers.
 */
export function normalizeOEmbed(raw: unknown, responseUrl: URL): OEmbed {
  if (!isRecord(raw)) throw invalid('not an object');
  const { problem, ...model } = readOEmbed(raw, responseUrl.href);
  if (problem) throw invalid(problem);
  const oembed: OEmbed = {
    type: model.type,
    version: '1.0',
    title: cleanText(model.title),
    author_name: cleanText(model.authorName, 200),
    author_url: model.authorUrl,
    provider_name: cleanText(model.providerName, 200),
    provider_url: model.providerUrl,
    cache_age: model.cacheAge,
    thumbnail_url: model.thumbnail?.url,
    thumbnail_width: model.thumbnail?.width,
    thumbnail_height: model.thumbnail?.height,
  };
  if (model.type !== 'link') {
    oembed.width = model.width;
    oembed.height = model.height;
    if (model.type === 'photo') oembed.url = model.url;
    else oembed.html = model.untrustedHtml;
  }
  return oembed;
}
