/**
 * A response body that is XML (a feed) rather than JSON: what the fetch layer hands the adapters instead of
 * parsed JSON, already decoded by its own declaration (`read-xml.ts`, a chunk loaded only when such a body
 * arrives). This module is the small part every bundle carries: the shape and its test.
 */

export class XmlBody {
  /** `xml`: the document as text. */
  constructor(readonly xml: string) {}
}

/** Whether a body is an `XmlBody` (an object of this class, never a JSON body that happens to have `xml`). */
export const isXmlBody = (body: unknown): body is XmlBody => body instanceof XmlBody;

/** An `XmlBody` of `xml` (for callers that fetch the document themselves, such as a build in Node). */
export const xmlBody = (xml: string): XmlBody => new XmlBody(xml);
