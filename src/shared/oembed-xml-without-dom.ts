/**
 * The DOM-free twin of core/adapters/oembed-xml.ts (same export, same rules and errors), for `post-embeds/data`:
 * htmlparser2 in XML mode, which loads no DTD and expands no entity beyond the five predefined; a DOCTYPE or
 * ENTITY declaration is refused unparsed, as in the browser. Each child of the `<oembed>` root gives its text,
 * the first occurrence winning, a child holding elements ignored.
 */
import { Parser } from 'htmlparser2';
import { PostEmbedsError } from './errors.js';
import type { OEmbed } from './oembed-model.js';
import { normalizeOEmbed, type OEmbedFields } from './oembed-normalize.js';

const XML_DECLARATION = /<!(?:DOCTYPE|ENTITY)/i;

function readXmlFields(text: string, responseUrl: string): OEmbedFields {
  if (XML_DECLARATION.test(text)) {
    throw new PostEmbedsError('unsupported', 'oEmbed XML with a DOCTYPE or ENTITY declaration is refused.', { url: responseUrl });
  }
  const fields: OEmbedFields = Object.create(null);
  const open: string[] = [];
  let child: { name: string; text: string; holdsElements: boolean } | undefined;
  let malformed = false;
  let root: string | undefined;
  const parser = new Parser(
    {
      onopentag(name) {
        if (open.length === 0) root ??= name;
        else if (open.length === 1) child = { name, text: '', holdsElements: false };
        else if (child) child.holdsElements = true;
        open.push(name);
      },
      ontext(value) {
        if (open.length === 2 && child) child.text += value;
      },
      onclosetag(_name, isImplied) {
        // htmlparser2 closes what a document leaves open: a well-formed XML document leaves nothing.
        if (isImplied) malformed = true;
        open.pop();
        if (open.length === 1 && child) {
          if (root === 'oembed' && !child.holdsElements && !(child.name in fields)) fields[child.name] = child.text;
          child = undefined;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(text);
  if (malformed || root === undefined) {
    throw new PostEmbedsError('malformed', 'The oEmbed XML response is not well-formed.', { url: responseUrl });
  }
  return fields;
}

/** Parses and normalizes an oEmbed XML body; `responseUrl` resolves relative URLs and tells the page URL. */
export function parseOEmbedXml(text: string, responseUrl: string): OEmbed {
  return normalizeOEmbed(readXmlFields(text, responseUrl), responseUrl);
}
