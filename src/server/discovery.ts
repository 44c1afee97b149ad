/**
 * oEmbed discovery (oEmbed 1.0 §4): `<link rel="alternate" type="application/json+oembed">` (or
 * `text/xml+oembed`, and the spellings seen in the wild) in a page's head, or the same link in an HTTP
 * `Link` header. `href`s arrive with their character references decoded (`&amp;`) by htmlparser2.
 */
import { safeHttpUrl } from '../shared/url.js';
import type { HeadLink } from './html-head.js';

export interface OEmbedLink {
  url: URL;
  format: 'json' | 'xml';
}

const OEMBED_TYPES: Record<string, OEmbedLink['format']> = {
  'application/json+oembed': 'json',
  'text/xml+oembed': 'xml',
  // Seen in the wild (SoundCloud writes text/json+oembed), and harmless to accept.
  'text/json+oembed': 'json',
  'application/xml+oembed': 'xml',
};

/** The advertised oEmbed endpoint, JSON preferred over XML; relative hrefs resolve against `base`. */
export function discoverOEmbed(links: readonly HeadLink[], base: URL): OEmbedLink | undefined {
  const candidates = links.flatMap((link) => {
    const format = link.type ? OEMBED_TYPES[link.type] : undefined;
    const href = safeHttpUrl(link.href, base);
    return format && href && link.rel.includes('alternate') ? [{ url: new URL(href), format }] : [];
  });
  return candidates.find((link) => link.format === 'json') ?? candidates[0];
}

/**
 * The links of an HTTP `Link` header (RFC 8288):
 * `<https://example.com/oembed?url=…>; rel="alternate"; type="application/json+oembed"`.
 * One pass, each character read once or twice: the header is the upstream's to craft, and a
 * backtracking pattern took seconds of CPU per request on a run of `<` without `>`.
 */
export function parseLinkHeader(header: string | null): HeadLink[] {
  const links: HeadLink[] = [];
  if (!header) return links;
  let at = 0;
  for (;;) {
    const open = header.indexOf('<', at);
    const close = open === -1 ? -1 : header.indexOf('>', open + 1);
    // Without a `>` after it, no later `<` can be closed either.
    if (close === -1) return links;
    const parameters = new Map<string, string>();
    at = close + 1;
    // `; name=value` or `; name="quoted"` until the comma (or a stray `<`) that starts the next link.
    while (at < header.length && header[at] !== ',' && header[at] !== '<') {
      if (header[at] !== ';') {
        at++;
        continue;
      }
      const nameStart = skipSpaces(header, at + 1);
      const nameEnd = skipToken(header, nameStart);
      let value = '';
      at = skipSpaces(header, nameEnd);
      if (header[at] === '=') {
        const valueStart = skipSpaces(header, at + 1);
        [value, at] = header[valueStart] === '"' ? readQuoted(header, valueStart + 1) : readBare(header, valueStart);
      }
      const name = header.slice(nameStart, nameEnd).toLowerCase();
      if (name && !parameters.has(name)) parameters.set(name, value.trim());
    }
    links.push({
      href: header.slice(open + 1, close),
      rel: (parameters.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean),
      type: parameters.get('type')?.toLowerCase(),
    });
  }
}

/** RFC 9110 `tchar`. */
const TOKEN_CHAR = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]$/;

function skipSpaces(text: string, at: number): number {
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at;
}

function skipToken(text: string, at: number): number {
  while (at < text.length && TOKEN_CHAR.test(text[at]!)) at++;
  return at;
}

/** An unquoted value, read as leniently as pages send them (`type=application/json+oembed`). */
function readBare(text: string, start: number): [string, number] {
  let end = start;
  while (end < text.length && !/[;,\s]/.test(text[end]!)) end++;
  return [text.slice(start, end), end];
}

/** A quoted-string's content from just after its opening quote, unescaped; and where it ends. */
function readQuoted(text: string, start: number): [string, number] {
  let value = '';
  let at = start;
  while (at < text.length && text[at] !== '"') {
    if (text[at] === '\\') at++;
    value += text[at] ?? '';
    at++;
  }
  return [value, at + 1];
}
