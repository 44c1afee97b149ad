/**
 * oEmbed XML responses. A module of its own so that bundles load it only for `format="xml"`.
 */
import { PostEmbedsError } from '../../shared/errors.js';
import type { OEmbed } from '../../shared/oembed-model.js';
import { inertHtml } from '../trusted-types.js';
import { normalizeOEmbed, type OEmbedFields } from '../../shared/oembed-normalize.js';

/** Declarations that could define entities (billion laughs, external entities): refused unparsed. */
const XML_DECLARATION = /<!(?:DOCTYPE|ENTITY)/i;

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

/** Parses and normalizes an oEmbed XML body; `responseUrl` resolves relative URLs and tells the page URL. */
export function parseOEmbedXml(text: string, responseUrl: string): OEmbed {
  return normalizeOEmbed(readXmlFields(text, responseUrl), responseUrl);
}
