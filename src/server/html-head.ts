/**
 * Reads what link cards need from an HTML page's `<head>`, streaming, with htmlparser2 (never
 * regular expressions). Real pages put their `<meta>`, `<link>`, `<title>` and JSON-LD after `<body>` too
 * (YouTube and Pinterest at ~420 KB, past a 100 KB body start), so reading goes on past the head, up to the
 * byte cap, and stops early only once the head has told everything a card asks for (`isComplete()`).
 */
import { Parser } from 'htmlparser2';
import { createBodyDecoder } from '../shared/charset.js';
import { streamBody } from './upstream.js';

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

/** oEmbed discovery types (see `discovery.ts`); a page that names one has told where its oEmbed is. */
const OEMBED_LINK = /^(application|text)\/(json|xml)\+oembed$/;

/** Whether `head` holds everything a card asks for: title, description, image and the oEmbed link. */
function isComplete({ meta, links, title }: HtmlHead): boolean {
  return (
    (meta.has('og:title') || title !== undefined) &&
    (meta.has('og:description') || meta.has('description')) &&
    (meta.has('og:image') || meta.has('twitter:image')) &&
    links.some((link) => OEMBED_LINK.test(link.type ?? ''))
  );
}

/** Reads the head of an HTML response, at most `maxBytes` of it. */
export async function readHtmlHead(response: Response, maxBytes: number): Promise<HtmlHead> {
  const head: HtmlHead = { meta: new Map(), links: [], jsonLd: [] };
  // The head has ended (`</head>` or `<body>`): from then on, reading stops once the head is complete.
  let pastHead = false;
  // Inside `<svg>`, whose `<title>` names a drawing, not the page.
  let svgDepth = 0;
  // Text of the element being captured (`<title>` or a JSON-LD script), if any.
  let capture: { tag: 'title' | 'script'; text: string } | undefined;

  const parser = new Parser({
    onopentag(name, attributes) {
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
          if (head.title === undefined && !svgDepth) capture = { tag: 'title', text: '' };
          break;
        case 'svg':
          svgDepth++;
          break;
        case 'script':
          if (attributes['type']?.trim().toLowerCase() === 'application/ld+json') capture = { tag: 'script', text: '' };
          break;
        case 'body':
          pastHead = true;
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
      if (name === 'head') pastHead = true;
      if (name === 'svg' && svgDepth) svgDepth--;
    },
  });

  // The page's charset as browsers sniff it: BOM, HTTP header, `<meta>` in the first 1024 bytes, UTF-8.
  const decoder = createBodyDecoder(response.headers.get('content-type'), 'html');
  await streamBody(response, maxBytes, (chunk) => {
    parser.write(decoder.write(chunk));
    return pastHead && isComplete(head);
  });
  parser.write(decoder.end());
  parser.end();
  return head;
}
