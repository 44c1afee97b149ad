/**
 * Reading fetched XML (feeds): one small tree and one interface, an implementation per runtime, as for
 * HTML-to-text. In the browser `core/xml-parser.ts` parses with an inert `DOMParser` (no bytes of parser shipped);
 * where there is no DOM (Node, Workers) `shared/xml-parser-without-dom.ts` brings htmlparser2. Both export
 * `parseXml` with this signature, give the same tree (test/shared/xml-parser.test.ts compares them) and refuse
 * the same documents.
 */
import { PostEmbedsError } from './errors.js';

/** An element: its namespace and local name, its attributes, its child elements and its text. */
export interface XmlElement {
  /** The local name, as written (`encoded` for `content:encoded`). */
  name: string;
  /** The namespace URI, `''` for none. */
  ns: string;
  /** Attributes by qualified name as written (`href`, `xml:lang`, `rdf:about`). */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The text directly inside the element (CDATA included, character references decoded), not its children's. */
  text: string;
}

/** Parses an XML document to its root element; throws a `malformed` `PostEmbedsError` when it is not XML. */
export type ParseXml = (xml: string, url?: string) => XmlElement;

/** How deep a tree is read: deeper elements (never in a real feed) are left out rather than walked. */
export const MAX_XML_DEPTH = 64;

/** A DOCTYPE with an internal subset could define entities (billion laughs, external entities). */
const INTERNAL_SUBSET = /<!DOCTYPE[^>[]*\[|<!ENTITY/i;
const DOCTYPE = /<!DOCTYPE[^>[]*>/i;

/**
 * HTML's named references that feeds write as if XML knew them (`&nbsp;`, `&eacute;`, `&mdash;`): Latin-1's, in
 * code point order from U+00A0, then the typographic ones. Written as numeric references before parsing, so a
 * feed that uses them still parses (RSS 0.91's DTD declared them; neither parser reads DTDs).
 */
const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const HTML_REFERENCES: Record<string, number> = {
  ...Object.fromEntries(LATIN1_NAMES.split(' ').map((name, index) => [name, 0xa0 + index])),
  OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178, fnof: 0x192, circ: 0x2c6, tilde: 0x2dc,
  ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e, rlm: 0x200f,
  ndash: 0x2013, mdash: 0x2014, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a, ldquo: 0x201c, rdquo: 0x201d, bdquo: 0x201e,
  dagger: 0x2020, Dagger: 0x2021, bull: 0x2022, hellip: 0x2026, permil: 0x2030, prime: 0x2032, lsaquo: 0x2039, rsaquo: 0x203a,
  euro: 0x20ac, trade: 0x2122, larr: 0x2190, rarr: 0x2192, minus: 0x2212,
};
const HTML_REFERENCE = /&([A-Za-z][A-Za-z\d]{1,7});/g;

/**
 * The checks both parsers make first: a DOCTYPE that could define entities is refused unparsed; a plain one
 * (RSS 0.91's `<!DOCTYPE rss PUBLIC …>`) is dropped, since neither parser loads external DTDs; white space before
 * the XML declaration (which XML forbids, and feeds written by templates have) is dropped; HTML's named
 * references become numeric ones.
 */
export function prepareXml(xml: string, url?: string): string {
  const head = xml.slice(0, 4096);
  if (INTERNAL_SUBSET.test(head) || /<!ENTITY/i.test(xml)) {
    throw new PostEmbedsError('unsupported', 'XML with a DOCTYPE that declares entities is refused.', { url });
  }
  return xml
    .replace(/^\uFEFF?\s+/, '')
    // XML's end-of-line handling, done here so both parsers see the same text.
    .replace(/\r\n?/g, '\n')
    .replace(DOCTYPE, '')
    .replace(HTML_REFERENCE, (whole, name: string) => (Object.hasOwn(HTML_REFERENCES, name) ? `&#${HTML_REFERENCES[name]};` : whole));
}

export const malformedXml = (url?: string, cause?: unknown) =>
  new PostEmbedsError('malformed', `The XML${url ? ` from ${url}` : ''} is not well-formed.`, { url, cause });

/** The text of an element and all its descendants, in document order as far as the tree keeps it. */
export function textContent(element: XmlElement): string {
  return element.text + element.children.map(textContent).join('');
}

/** The first child named `name` in namespace `ns` (any namespace when `ns` is `'*'`). */
export function childElement(element: XmlElement | undefined, ns: string, name: string): XmlElement | undefined {
  return element?.children.find((child) => child.name === name && (ns === '*' || child.ns === ns));
}

/** Every child named `name` in namespace `ns`. */
export function childElements(element: XmlElement | undefined, ns: string, name: string): XmlElement[] {
  return element?.children.filter((child) => child.name === name && (ns === '*' || child.ns === ns)) ?? [];
}
