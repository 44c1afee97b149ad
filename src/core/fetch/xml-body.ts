/**
 * A response body that is XML (a feed) rather than JSON: what the fetch layer hands the adapters instead of
 * parsed JSON, already decoded by its own declaration (BOM, HTTP charset, XML declaration: `shared/charset.ts`,
 * loaded only when such a body arrives).
 */

export interface XmlBody {
  /** The document as text. */
  readonly xml: string;
}

/** Whether a body is an `XmlBody`. */
export function isXmlBody(body: unknown): body is XmlBody {
  return typeof body == 'object' && !!body && typeof (body as XmlBody).xml == 'string' && Object.keys(body).length == 1;
}

/** An `XmlBody` of `xml` (for callers that fetch the document themselves, such as a build in Node). */
export function xmlBody(xml: string): XmlBody {
  return { xml };
}

/** How a feed document starts, after any XML declaration, comments or white space. */
const FEED_START = /^(?:<\?xml|<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]|<RDF[\s>])/;

/**
 * Whether undecoded bytes are an XML document (a feed, or a broken one) rather than JSON or an HTML page: a
 * UTF-16 byte order mark (which only an XML body has here), an XML type (`application/rss+xml`,
 * `application/atom+xml`, `text/xml`…), or, whatever the type says, a start that only XML has (`<?xml`, `<rss`,
 * `<feed`, `<rdf:RDF`).
 */
export function looksLikeXml(bytes: Uint8Array, contentType: string): boolean {
  if ((bytes[0] == 0xfe && bytes[1] == 0xff) || (bytes[0] == 0xff && bytes[1] == 0xfe)) return true;
  if (/json/i.test(contentType)) return false;
  if (/[/+]xml\b/i.test(contentType)) return true;
  const start = bytes[0] == 0xef && bytes[1] == 0xbb && bytes[2] == 0xbf ? 3 : 0;
  // The first bytes as Latin-1 are enough to see an ASCII start.
  return FEED_START.test(String.fromCharCode(...bytes.subarray(start, start + 64)).trimStart());
}
