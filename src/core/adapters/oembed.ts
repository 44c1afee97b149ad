/**
 * oEmbed 1.0 responses (https://oembed.com), JSON or XML, to the normalized `OEmbed` model.
 *
 * Validation follows the spec's required fields:
 * - `type` is one of photo, video, rich, link;
 * - `photo` needs `url` (http/https), `width`, `height`; `video` and `rich` need `html`, `width`, `height`;
 * - numbers may arrive as decimal strings (`"480"`): XML carries nothing else, and many JSON providers do too;
 *   dimensions are rounded to whole pixels;
 * - a thumbnail is kept only when `thumbnail_url`, `thumbnail_width` and `thumbnail_height` are all valid;
 * - `version` must be `"1.0"` (JSON's `1.0` reads as the number 1, accepted too). Lenient rule: a response
 *   WITHOUT `version` is accepted when everything else is valid, since a few providers omit it and the
 *   type's own required fields already prove the shape; a version that is present and different is refused.
 *
 * A response that fails validation becomes a `link` model when the embedded page's URL is known (the
 * `url` query parameter of the request), so the element can still show a link card; otherwise it is a
 * `PostEmbedsError('unsupported')`. Text fields are plain text by the spec and stay text: they are never
 * parsed. Only `html` is kept raw, as `untrustedHtml`, for the sandboxed frame.
 */
import { PostEmbedsError } from '../errors.js';
import type { OEmbed, OEmbedFrame, OEmbedLink, OEmbedPhoto, OEmbedThumbnail } from '../oembed-model.js';
import { inertHtml } from '../trusted-types.js';
import { safeHttpUrl } from '../url.js';
import { isRecord, plainText, positiveInteger, type JsonRecord } from './fields.js';

/** Response parameters by their oEmbed name: JSON values, or the text of XML elements. */
type OEmbedFields = JsonRecord;

/** What the `type` adds to the common fields. */
type TypeFields =
  | Pick<OEmbedPhoto, 'type' | 'url' | 'width' | 'height'>
  | Pick<OEmbedFrame, 'type' | 'untrustedHtml' | 'width' | 'height'>
  | Pick<OEmbedLink, 'type'>;

/** Declarations that could define entities (billion laughs, external entities): refused unparsed. */
const XML_DECLARATION = /<!(?:DOCTYPE|ENTITY)/i;

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
  const common: Omit<OEmbedLink, 'type'> = {
    title: plainText(fields.title),
    authorName: plainText(fields.author_name),
    authorUrl: safeHttpUrl(fields.author_url, responseUrl),
    providerName: plainText(fields.provider_name),
    providerUrl: safeHttpUrl(fields.provider_url, responseUrl),
    cacheAge: readCacheAge(fields.cache_age),
    thumbnail: readThumbnail(fields, responseUrl),
    pageUrl: requestedPageUrl(responseUrl),
  };
  // Absent fields are left out rather than set to undefined, so the model compares and logs cleanly.
  for (const key of Object.keys(common) as (keyof typeof common)[]) {
    if (common[key] === undefined) delete common[key];
  }
  return common;
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
      if (url && width && height) return { type, url, width, height };
      return { problem: 'a photo needs an http(s) url, a width and a height' };
    }
    case 'video':
    case 'rich': {
      const html = typeof fields.html === 'string' && fields.html.trim() ? fields.html : undefined;
      if (html && width && height) return { type, untrustedHtml: html, width, height };
      return { problem: `a ${type} needs html, a width and a height` };
    }
    default:
      return { problem: `unknown type ${JSON.stringify(type) ?? 'undefined'}` };
  }
}

function normalizeOEmbed(fields: OEmbedFields, responseUrl: string): OEmbed {
  const common = readCommonFields(fields, responseUrl);
  const typeFields = readTypeFields(fields, responseUrl);
  if (!('problem' in typeFields)) return { ...common, ...typeFields } as OEmbed;
  if (common.pageUrl) return { ...common, type: 'link' };
  throw new PostEmbedsError('unsupported', `Not a usable oEmbed response: ${typeFields.problem}.`, {
    url: responseUrl,
  });
}

/**
 * The response fields of an oEmbed XML document: the text of each child of the `<oembed>` root
 * (first occurrence wins; a child holding elements instead of escaped text is ignored).
 */
function readXmlFields(text: string, responseUrl: string): OEmbedFields {
  if (XML_DECLARATION.test(text)) {
    throw new PostEmbedsError('unsupported', 'oEmbed XML with a DOCTYPE or ENTITY declaration is refused.', {
      url: responseUrl,
    });
  }
  // Like HTML, XML goes through the inert policy: the parsed document has no browsing context.
  const document = new DOMParser().parseFromString(inertHtml(text), 'application/xml');
  // Browsers report XML errors in a <parsererror> element (the root in Firefox, inside it in Chromium).
  if (document.getElementsByTagName('parsererror').length > 0) {
    throw new PostEmbedsError('malformed', 'The oEmbed XML response is not well-formed.', { url: responseUrl });
  }
  const fields: OEmbedFields = Object.create(null);
  const root = document.documentElement;
  if (root.localName !== 'oembed') return fields;
  for (const child of Array.from(root.children)) {
    if (!(child.localName in fields) && child.childElementCount === 0) fields[child.localName] = child.textContent;
  }
  return fields;
}

/** Normalizes a parsed oEmbed JSON body; `responseUrl` resolves relative URLs and tells the page URL. */
export function parseOEmbedJson(body: unknown, responseUrl: string): OEmbed {
  return normalizeOEmbed(isRecord(body) ? body : {}, responseUrl);
}

/** Parses and normalizes an oEmbed XML body; `responseUrl` resolves relative URLs and tells the page URL. */
export function parseOEmbedXml(text: string, responseUrl: string): OEmbed {
  return normalizeOEmbed(readXmlFields(text, responseUrl), responseUrl);
}
