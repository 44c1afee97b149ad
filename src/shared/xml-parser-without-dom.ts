/**
 * XML where there is no DOM (Node, Workers; it runs in a browser too): the implementation of `ParseXml`
 * (shared/xml.ts) on htmlparser2's streaming `Parser` in XML mode, with namespaces resolved as XML's rules say
 * (`xmlns` and `xmlns:prefix` declarations in scope). Same tree as the browser's (core/xml-parser.ts); the browser
 * bundle never imports this file. Not-well-formed input is refused as the browser refuses it where htmlparser2
 * would recover: an unclosed root, a stray end tag, text outside the root.
 */
import { Parser } from 'htmlparser2';
import { MAX_XML_DEPTH, malformedXml, prepareXml, type ParseXml, type XmlElement } from './xml.js';

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

export const parseXml: ParseXml = function parseXml(xml, url) {
  const text = prepareXml(xml, url);
  /** Open elements with the namespace declarations in scope at each. */
  const open: { element: XmlElement; scope: Map<string, string>; kept: boolean }[] = [];
  let root: XmlElement | undefined;
  let malformed = false;
  // Set once the input has all been written: what is still open then was never closed.
  let ending = false;

  const parser = new Parser(
    {
      onopentag(qualifiedName, attributes) {
        const parent = open.at(-1);
        if (!parent && root) malformed = true;
        const scope = new Map(parent?.scope ?? [['xml', XML_NAMESPACE]]);
        for (const [name, value] of Object.entries(attributes)) {
          if (name === 'xmlns') scope.set('', value);
          else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
        }
        const colon = qualifiedName.indexOf(':');
        const prefix = colon > 0 ? qualifiedName.slice(0, colon) : '';
        const element: XmlElement = {
          name: qualifiedName.slice(colon + 1),
          ns: scope.get(prefix) ?? '',
          // XML's attribute-value normalization: white space characters become spaces (as the browser's parser does).
          attributes: Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, value.replace(/[\t\n]/g, ' ')])),
          children: [],
          text: '',
        };
        if (prefix && !scope.has(prefix)) malformed = true;
        const kept = !parent || (parent.kept && open.length < MAX_XML_DEPTH + 1);
        if (parent && kept) parent.element.children.push(element);
        root ??= element;
        open.push({ element, scope, kept });
      },
      ontext(data) {
        const current = open.at(-1);
        if (current) current.element.text += data;
        else if (data.trim()) malformed = true;
      },
      onclosetag(name, isImplied) {
        const current = open.pop();
        // htmlparser2 closes what is left open at a mismatched end tag or at the end of input ("implied"): XML
        // allows neither. A self-closing tag also reports an implied end, while the tag read is its `/>`.
        const selfClosing = text[parser.endIndex] === '>' && text[parser.endIndex - 1] === '/';
        if (isImplied && (ending || !selfClosing)) malformed = true;
        if (!current) malformed = true;
        else if (current.element.name !== name.slice(name.indexOf(':') + 1)) malformed = true;
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.write(text);
  ending = true;
  parser.end();
  if (!root || malformed || open.length) throw malformedXml(url);
  return root;
};
