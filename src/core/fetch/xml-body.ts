/**
 * A response body that is XML (a feed) rather than JSON: what the fetch layer hands the adapters instead of
 * parsed JSON, already decoded by its own declaration (`read-xml.ts`, a chunk loaded only when such a body
 * arrives). This module is the small part every bundle carries: the shape and its test.
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
