/**
 * Reads what link cards need from an HTML page's `<head>`, streaming, with htmlparser2 (never
 * regular expressions): reading stops at `</head>` or `<body>`, so a page's body is never
 * downloaded.
 */
import { Parser } from 'htmlparser2';
import { decoderFor, streamBody } from './upstream.js';

export interface HeadLink {
  /** Lower-cased `rel` tokens. */
  rel: string[];
  href: string;
  type?: string;
}

export interface HtmlHead {
  /** `<html lang>` and `<html dir>`. */
  lang?: string;
  dir?: string;
  title?: string;
  /** `<meta>` content by lower-cased `property`, `name` or `itemprop`; the first of each wins. */
  meta: Map<string, string>;
  links: HeadLink[];
  /** Raw text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
}

const MAX_CAPTURED_TEXT = 256 * 1024;

/** Reads the head of an HTML response, at most `maxBytes` of it. */
export async function readHtmlHead(response: Response, maxBytes: number): Promise<HtmlHead> {
  const head: HtmlHead = { meta: new Map(), links: [], jsonLd: [] };
  let finished = false;
  // Text of the element being captured (`<title>` or a JSON-LD script), if any.
  let capture: { tag: 'title' | 'script'; text: string } | undefined;

  const parser = new Parser({
    onopentag(name, attributes) {
      // The rest of a chunk that held `</head>` is still parsed: ignore it.
      if (finished) return;
      switch (name) {
        case 'html':
          head.lang = attributes['lang']?.trim() || undefined;
          head.dir = attributes['dir']?.trim().toLowerCase() || undefined;
          break;
        case 'meta': {
          const key = (attributes['property'] ?? attributes['name'] ?? attributes['itemprop'])?.trim().toLowerCase();
          const content = attributes['content'];
          if (key && content !== undefined && !head.meta.has(key)) head.meta.set(key, content);
          break;
        }
        case 'link':
          if (attributes['rel'] && attributes['href']) {
            head.links.push({
              rel: attributes['rel'].toLowerCase().split(/\s+/).filter(Boolean),
              href: attributes['href'],
              type: attributes['type']?.trim().toLowerCase(),
            });
          }
          break;
        case 'title':
          if (head.title === undefined) capture = { tag: 'title', text: '' };
          break;
        case 'script':
          if (attributes['type']?.trim().toLowerCase() === 'application/ld+json') capture = { tag: 'script', text: '' };
          break;
        case 'body':
          finished = true;
          break;
      }
    },
    ontext(text) {
      if (capture && capture.text.length < MAX_CAPTURED_TEXT) capture.text += text;
    },
    onclosetag(name) {
      if (capture?.tag === name) {
        if (name === 'title') head.title = capture.text;
        else head.jsonLd.push(capture.text);
        capture = undefined;
      }
      if (name === 'head') finished = true;
    },
  });

  const decoder = decoderFor(response);
  await streamBody(response, maxBytes, (chunk) => {
    parser.write(decoder.decode(chunk, { stream: true }));
    return finished;
  });
  parser.end();
  return head;
}
