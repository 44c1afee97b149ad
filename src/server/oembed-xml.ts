/**
 * oEmbed's XML format: `<oembed>` with one child element per field. Parsed with htmlparser2 in XML
 * mode, which never loads DTDs nor expands entities beyond the five predefined ones; any DOCTYPE or
 * other `<!…>` declaration is refused outright (no entity expansion tricks, no external fetches).
 */
import { Parser } from 'htmlparser2';
import { ProxyError } from './errors.js';
import type { OEmbed } from './oembed.js';

/**
 * The fields of an oEmbed XML document, as strings, read as the elements read them: the text of each
 * child of `<oembed>`, the first occurrence winning, a child holding elements ignored. Structure
 * errors are 422s.
 */
export function parseOEmbedXml(xml: string): Record<string, string> {
  const fields: Record<string, string> = Object.create(null);
  const open: string[] = [];
  // The child of `<oembed>` being read.
  let child: { name: string; text: string; holdsElements: boolean } | undefined;
  let error: string | undefined;
  let sawRoot = false;

  const parser = new Parser(
    {
      onprocessinginstruction(name) {
        if (name.startsWith('!')) error ??= 'DTD and other declarations are not accepted';
      },
      onopentag(name) {
        if (open.length === 0) {
          if (name !== 'oembed' || sawRoot) error ??= 'the root element must be a single <oembed>';
          sawRoot = true;
        } else if (open.length === 1) {
          child = { name, text: '', holdsElements: false };
        } else if (child) {
          child.holdsElements = true;
        }
        open.push(name);
      },
      ontext(text) {
        if (open.length === 2 && child) child.text += text;
        else if (open.length === 0 && text.trim()) error ??= 'text outside <oembed>';
      },
      onclosetag(_name, isImplied) {
        // htmlparser2 closes what a document leaves open (`<url>…</oembed>`): XML must not.
        if (isImplied) error ??= 'an element is not closed';
        open.pop();
        if (open.length === 1 && child) {
          if (!child.holdsElements && !(child.name in fields)) fields[child.name] = child.text;
          child = undefined;
        }
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  if (!sawRoot) error ??= 'no <oembed> element';
  if (error) throw new ProxyError(422, 'invalid-upstream', `Invalid oEmbed XML: ${error}.`);
  return fields;
}

const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;

/** Characters XML 1.0 cannot carry at all, even escaped. */
const NOT_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Serializes a normalized response as oEmbed XML (the spec's `standalone` document). */
export function serializeOEmbedXml(oembed: OEmbed): string {
  // Only names an XML element can have (a stored answer is text another writer could have put in a shared store).
  const elements = Object.entries(oembed)
    .filter(([name, value]) => value !== undefined && XML_NAME.test(name))
    .map(([name, value]) => `<${name}>${escapeXml(String(value))}</${name}>`);
  return `<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<oembed>\n${elements.join('\n')}\n</oembed>\n`;
}

function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHARACTERS, '').replace(/[&<>"']/g, (character) => XML_ESCAPES[character]!);
}
