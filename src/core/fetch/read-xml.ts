/**
 * An `XmlBody`'s text: its bytes decoded as its byte order mark, HTTP charset or XML declaration says
 * (`shared/charset.ts`, as browsers read XML). Part of the feed reader's chunk: pages without feeds never load it.
 */
import { decodeBody } from '../../shared/charset.js';
import type { XmlBody } from './xml-body.js';

export function xmlText({ chunks, contentType }: XmlBody): string {
  const bytes = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decodeBody(bytes, contentType, 'xml').text;
}
