/**
 * XML in the browser: the browser's implementation of `ParseXml` (shared/xml.ts), through an inert `DOMParser`
 * document (no browsing context: nothing runs, loads or reaches the page). Its twin where there is no DOM is
 * `shared/xml-parser-without-dom.ts`; both export `parseXml`, so a build for Node swaps one for the other.
 */
import { MAX_XML_DEPTH, malformedXml, prepareXml, type ParseXml, type XmlElement } from '../shared/xml.js';
import { inertHtml } from './trusted-types.js';

export const parseXml: ParseXml = function parseXml(xml, url) {
  // Like HTML, XML goes through the inert policy.
  const document = new DOMParser().parseFromString(inertHtml(prepareXml(xml, url)), 'application/xml');
  // Browsers report XML errors in a <parsererror> element (the root in Firefox, inside it in Chromium).
  if (!document.documentElement || document.getElementsByTagName('parsererror').length > 0) throw malformedXml(url);
  return toTree(document.documentElement, 0);
};

function toTree(element: Element, depth: number): XmlElement {
  const tree: XmlElement = { name: element.localName, ns: element.namespaceURI ?? '', attributes: {}, children: [], text: '' };
  for (const attribute of Array.from(element.attributes)) tree.attributes[attribute.name] = attribute.value;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) tree.text += node.nodeValue;
    else if (node.nodeType === Node.ELEMENT_NODE && depth < MAX_XML_DEPTH) tree.children.push(toTree(node as Element, depth + 1));
  }
  return tree;
}
