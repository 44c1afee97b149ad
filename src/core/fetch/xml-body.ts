/**
 * A response body that is XML (a feed) rather than JSON: what the fetch layer hands the adapters instead of parsed
 * JSON. It keeps the bytes as they came, because XML says its own encoding (byte order mark, HTTP charset, XML
 * declaration): the feed reader, an on-demand chunk, decodes them (`read-xml.ts`). This module is the small part
 * every bundle carries: the shape and its test.
 */

export class XmlBody {
  /** `chunks`: the body's bytes as they arrived; `contentType`: the response's `Content-Type`. */
  constructor(
    readonly chunks: readonly Uint8Array[],
    readonly contentType: string,
  ) {}
}

/** Whether a body is an `XmlBody` (an object of this class, never a JSON body). */
export const isXmlBody = (body: unknown): body is XmlBody => body instanceof XmlBody;

/** An `XmlBody` of a document already decoded to text (for callers that fetch it themselves, such as a build in Node). */
export const xmlBody = (xml: string): XmlBody => new XmlBody([new TextEncoder().encode(xml)], 'application/xml; charset=utf-8');
