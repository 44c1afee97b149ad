/**
 * oEmbed 1.0 response fields (https://oembed.com) to the normalized `OEmbed` model, whatever the format
 * they arrived in (see `oembed.ts` for JSON, `oembed-xml.ts` for XML).
 *
 * Validation follows the spec's required fields:
 * - `type` is one of photo, video, rich, link;
 * - `photo` needs `url` (http/https), `video` and `rich` need `html`. The spec requires `width` and `height` too,
 *   but real providers send `null`, nothing or `"100%"` (X, SoundCloud, Reddit, TikTok, Tumblr, Scribd): like
 *   WordPress, we keep the embed and leave out the sizes that are not positive numbers;
 * - numbers may arrive as decimal strings (`"480"`): XML carries nothing else, and many JSON providers do too;
 *   dimensions are rounded to whole pixels;
 * - a thumbnail is kept only when `thumbnail_url`, `thumbnail_width` and `thumbnail_height` are all valid;
 * - `version` must be `"1.0"` (JSON's `1.0` reads as the number 1, accepted too). Lenient rule: a response
 *   WITHOUT `version` is accepted when everything else is valid, since a few providers omit it and the
 *   type's own required fields already prove the shape; a version that is present and different is refused.
 *
 * A response that fails validation becomes a `link` model when the embedded page's URL is known (the
 * `url` query parameter of the request), so the element can still show a link card; otherwise it is a
 * `PostEmbedsError('unsupported')`. The proxy (`src/server/oembed.ts`) shares these rules through
 * `readOEmbed()` but refuses invalid responses, so this module must stay free of DOM access.
 * Text fields are plain text by the spec and stay text: they are never parsed. Only `html` is kept raw,
 * as `untrustedHtml`, for the sandboxed frame.
 */
import { PostEmbedsError } from './errors.js';
import type { OEmbed, OEmbedFrame, OEmbedLink, OEmbedPhoto, OEmbedThumbnail } from './oembed-model.js';
import { safeHttpUrl } from './url.js';
import { boundedText, decodedText, positiveInteger, type JsonRecord } from './fields.js';
import { NAME_MAX_CHARS, TITLE_MAX_CHARS } from './text.js';

/** Response parameters by their oEmbed name: JSON values, or the text of XML elements. */
export type OEmbedFields = JsonRecord;

/** What the `type` adds to the common fields. */
type TypeFields =
  | Pick<OEmbedPhoto, 'type' | 'url' | 'width' | 'height'>
  | Pick<OEmbedFrame, 'type' | 'untrustedHtml' | 'width' | 'height'>
  | Pick<OEmbedLink, 'type'>;

/** `cache_age` in seconds. Unlike a zero width, a zero age is a real answer: "do not cache". */
function readCacheAge(value: unknown): number | undefined {
  return value === 0 || value === '0' ? 0 : positiveInteger(value);
}

function readThumbnail(fields: OEmbedFields, responseUrl: string): OEmbedThumbnail | undefined {
  const url = safeHttpUrl(fields.thumbnail_url, responseUrl);
  const width = positiveInteger(fields.thumbnail_width);
  const height = positiveInteger(fields.thumbnail_height);
  return url && width && height ? { url, width, height } : undefined;
}

/** The page the request asked about: the `url` query parameter every oEmbed request carries. */
function requestedPageUrl(responseUrl: string): string | undefined {
  const requestUrl = safeHttpUrl(responseUrl);
  return requestUrl && safeHttpUrl(new URL(requestUrl).searchParams.get('url'));
}

/** The fields every type may carry, each kept only when valid. */
function readCommonFields(fields: OEmbedFields, responseUrl: string): Omit<OEmbedLink, 'type'> {
  return {
    title: boundedText(TITLE_MAX_CHARS, decodedText)(fields.title),
    authorName: boundedText(NAME_MAX_CHARS, decodedText)(fields.author_name),
    authorUrl: safeHttpUrl(fields.author_url, responseUrl),
    providerName: boundedText(NAME_MAX_CHARS, decodedText)(fields.provider_name),
    providerUrl: safeHttpUrl(fields.provider_url, responseUrl),
    cacheAge: readCacheAge(fields.cache_age),
    thumbnail: readThumbnail(fields, responseUrl),
    pageUrl: requestedPageUrl(responseUrl),
  };
}

/** The type-specific fields, or why the response is not a valid oEmbed 1.0 response. */
function readTypeFields(fields: OEmbedFields, responseUrl: string): TypeFields | { problem: string } {
  const version = typeof fields.version === 'string' ? fields.version.trim() : fields.version;
  if (version !== undefined && version !== '1.0' && version !== 1) {
    return { problem: `version ${JSON.stringify(version)} is not 1.0` };
  }
  const { type } = fields;
  const width = positiveInteger(fields.width);
  const height = positiveInteger(fields.height);
  switch (type) {
    case 'link':
      return { type };
    case 'photo': {
      const url = safeHttpUrl(fields.url, responseUrl);
      if (url) return { type, url, width, height };
      return { problem: 'a photo needs an http(s) url' };
    }
    case 'video':
    case 'rich': {
      const html = typeof fields.html === 'string' && fields.html.trim() ? fields.html : undefined;
      if (html) return { type, untrustedHtml: html, width, height };
      return { problem: `a ${type} needs html` };
    }
    default:
      return { problem: `unknown type ${JSON.stringify(type) ?? 'undefined'}` };
  }
}

/**
 * The model of response `fields`; `responseUrl` resolves relative URLs and tells the page URL. An invalid
 * response reads as a `link` with the `problem` that made it one, for the caller to decide: an element
 * shows a link card when the page URL is known, the proxy refuses it.
 */
export function readOEmbed(fields: OEmbedFields, responseUrl: string): OEmbed & { problem?: string } {
  // A valid response's type fields replace the `link` type; a problem leaves it.
  const oembed: Record<string, unknown> = { type: 'link', ...readCommonFields(fields, responseUrl), ...readTypeFields(fields, responseUrl) };
  // Absent fields are left out rather than set to undefined, so the model compares and logs cleanly.
  for (const key in oembed) if (oembed[key] === undefined) delete oembed[key];
  return oembed as unknown as OEmbed;
}

/** Validates and normalizes response `fields`; `responseUrl` resolves relative URLs and tells the page URL. */
export function normalizeOEmbed(fields: OEmbedFields, responseUrl: string): OEmbed {
  const { problem, ...oembed } = readOEmbed(fields, responseUrl);
  if (problem && !oembed.pageUrl) {
    throw new PostEmbedsError('unsupported', `Not a usable oEmbed response: ${problem}.`, { url: responseUrl });
  }
  return oembed;
}
