/**
 * A body that looks like XML, read as XML: decoded as its byte order mark, HTTP charset or XML declaration says
 * (`shared/charset.ts`), when it is an XML document at all. An on-demand chunk: the fetch layer loads it only for
 * a body that starts as XML does, so pages without feeds never download it.
 */
import { decodeBody } from '../../shared/charset.js';
import { XmlBody } from './xml-body.js';

/** How an XML document starts, after any byte order mark and white space. */
const XML_START = /^(?:<\?xml|<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]|<RDF[\s>]|<entry[\s>])/;

/**
 * The body as an `XmlBody`, or `undefined` when it is no XML document (an HTML page, which the caller then
 * refuses as it refuses anything that is not JSON): declared XML (`application/rss+xml`, `text/xml`…) or a start
 * only XML has (`<?xml`, `<rss`, `<feed`, `<rdf:RDF`).
 */
export function readXmlBody(chunks: Uint8Array[], contentType: string): XmlBody | undefined {
  const bytes = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const { text } = decodeBody(bytes, contentType, 'xml');
  const start = text.replace(/^\uFEFF?\s*/, '');
  return XML_START.test(start) || (/[/+]xml\b/i.test(contentType) && start[0] == '<') ? new XmlBody(text) : undefined;
}
