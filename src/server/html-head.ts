/**
 * Reads what link cards need from an HTML page's `<head>`, streaming, with htmlparser2 (never
 * regular expressions). Real pages put their `<meta>`, `<link>`, `<title>` and JSON-LD after `<body>` too
 * (YouTube and Pinterest at ~420 KB, past a 100 KB body start), so reading goes on past the head, up to the
 * byte cap, and stops early only once the page has told everything a card and a citation ask for
 * (`isComplete()`). On the way it notes what the body says about the article (`BodyFacts`): microdata,
 * a microformats `h-entry`, the article's first `<time datetime>`, `rel=author` links and bylines.
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
  /** Every `<meta>` content of the keys that may repeat (authors), in page order. */
  metaLists: Map<string, string[]>;
  body: BodyFacts;
}

/** What the body says about the article; the first of each wins. */
export interface BodyFacts {
  /**
   * Microdata values by property path: `datepublished`, `image`, `author`, or `author.name` inside an
   * `itemprop="author"` item. The value is the element's `content`, `datetime`, `src`/`href` or text.
   */
  microdata: Map<string, string>;
  /** The first `h-entry`'s `name`, `author`, `published`, `photo` and `summary`. */
  hEntry: Map<string, string>;
  /** The `datetime` of the first `<time>` inside `<article>`. */
  time?: string;
  /** The text of the first `<a rel="author">`. */
  relAuthor?: string;
  /** The text of the first element whose class names a byline. */
  byline?: string;
  /** The first date that an element whose class names a publication date holds (`datetime`, `title` or text). */
  dateText?: string;
}

/** `<meta>` keys whose every value counts (several authors), not only the first. */
const LISTED_META = new Set(['author', 'article:author', 'citation_author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author']);

/**
 * Classes that mark a byline (`byline`, `c-byline__author`, `td-post-author-name`, `blog-post-author-name`), and
 * those that name something else about an author (a comment form, a bio, a photo, a date) or wrap a whole box.
 */
const BYLINE_CLASS = /byline|author[-_]?name|(^|[-_])(post|article|entry|blog|story)[-_]author($|[-_])|^author$/;
/** Classes that mark a post's publication date (`post-timestamp`, `entry-date`, `td-post-date`, `published`). */
const DATE_CLASS = /(^|[-_])(date|timestamp|published|pubdate|posted-on|dateline)($|[-_])/;
const NOT_DATE_CLASS = /comment|update|modif|reply|event|calendar|archive/;
const NOT_BYLINE_CLASS = /comment|bio|info|avatar|image|photo|img|date|box|block|wrap|panel|link|url|social/;

/** Attributes that hold a microdata element's value, by element (https://html.spec.whatwg.org/#values). */
const VALUE_ATTRIBUTE: Record<string, string> = {
  meta: 'content', time: 'datetime', img: 'src', link: 'href', a: 'href', audio: 'src', video: 'src', source: 'src', area: 'href', data: 'value',
};

/** Text longer than this is not a name, a date or a title: the capture stops growing. */
const MAX_FACT_TEXT = 2048;

const MAX_CAPTURED_TEXT = 256 * 1024;

/** oEmbed discovery types (see `discovery.ts`); a page that names one has told where its oEmbed is. */
const OEMBED_LINK = /^(application|text)\/(json|xml)\+oembed$/;

/**
 * Whether `head` holds everything a card asks for (title, description, image and the oEmbed link) and a
 * citation too (a date and an author, from the head or the body read so far).
 */
function isComplete({ meta, links, title, jsonLd, body }: HtmlHead): boolean {
  return (
    (meta.has('og:title') || title !== undefined) &&
    (meta.has('og:description') || meta.has('description')) &&
    (meta.has('og:image') || meta.has('twitter:image')) &&
    links.some((link) => OEMBED_LINK.test(link.type ?? '')) &&
    (jsonLd.length > 0 || ((meta.has('article:published_time') || body.time !== undefined) && (meta.has('author') || body.relAuthor !== undefined)))
  );
}

/** An open element of the body, and what closing it completes. */
interface OpenElement {
  name: string;
  /** Called with the element's text when it closes. */
  onText?: (text: string) => void;
  text: string;
  /** The property path prefix its descendants' `itemprop`s get (an `itemprop` item: `author.`). */
  itemPrefix?: string;
  /** Opens the first `h-entry`, or its `p-author` card. */
  hEntry?: 'entry' | 'author';
  article?: boolean;
}

/** Reads the head of an HTML response, at most `maxBytes` of it. */
export async function readHtmlHead(response: Response, maxBytes: number): Promise<HtmlHead> {
  const head: HtmlHead = {
    meta: new Map(),
    links: [],
    jsonLd: [],
    metaLists: new Map(),
    body: { microdata: new Map(), hEntry: new Map() },
  };
  const { body } = head;
  // The open elements, for the body's facts; bounded like the depth any parser keeps.
  const open: OpenElement[] = [];
  let articleDepth = 0;
  // 0: no h-entry seen yet; 1: inside the first one; 2: it has closed.
  let hEntryState = 0;
  let inEntryAuthor = false;
  const firstOf = (map: Map<string, string>, key: string, value: string | undefined) => {
    const text = value?.replace(/\s+/g, ' ').trim();
    if (text && !map.has(key)) map.set(key, text);
  };
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
          if (key && content && LISTED_META.has(key)) head.metaLists.set(key, [...(head.metaLists.get(key) ?? []), content]);
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
      if (open.length < 256) open.push(bodyElement(name, attributes));
    },
    ontext(text) {
      if (capture && capture.text.length < MAX_CAPTURED_TEXT) capture.text += text;
      for (const element of open) if (element.onText && element.text.length < MAX_FACT_TEXT) element.text += text;
    },
    onclosetag(name) {
      // htmlparser2 closes what it opened (void and implied ends included), so the top is this element.
      const element = open.at(-1)?.name === name ? open.pop() : undefined;
      if (element) {
        element.onText?.(element.text);
        if (element.article) articleDepth--;
        if (element.hEntry === 'entry') hEntryState = 2;
        if (element.hEntry === 'author') inEntryAuthor = false;
      }
      if (capture?.tag === name) {
        if (name === 'title') head.title = capture.text;
        else head.jsonLd.push(capture.text);
        capture = undefined;
      }
      if (name === 'head') pastHead = true;
      if (name === 'svg' && svgDepth) svgDepth--;
    },
  });

  /** What an element of the page says about the article, noted as it opens (or, for its text, closes). */
  function bodyElement(name: string, attributes: Record<string, string>): OpenElement {
    const element: OpenElement = { name, text: '' };
    const texts: ((text: string) => void)[] = [];
    const classes = (attributes['class'] ?? '').toLowerCase().split(/\s+/);
    let prefix = '';
    for (const parent of open) prefix = parent.itemPrefix ?? prefix;
    // `<abbr title="2024-02-03T20:38:00Z">8:38 pm</abbr>`: the machine-readable value is the title (as hAtom reads it).
    const attributeValue = name === 'abbr' && attributes['title'] ? attributes['title'] : attributes[VALUE_ATTRIBUTE[name] ?? ''];

    // Microdata: `itemprop` values, and the paths of items that are properties (`author.name`).
    const itemprop = attributes['itemprop']?.trim().toLowerCase().split(/\s+/)[0];
    if (itemprop && name !== 'meta') {
      const path = prefix + itemprop;
      if ('itemscope' in attributes) element.itemPrefix = `${path}.`;
      else if (attributeValue !== undefined) firstOf(body.microdata, path, attributeValue);
      else texts.push((text) => firstOf(body.microdata, path, text));
    } else if (itemprop && prefix) {
      firstOf(body.microdata, prefix + itemprop, attributes['content']);
    }

    // The first h-entry (https://microformats.org/wiki/h-entry), or its older form, hAtom's `hentry` (as
    // WordPress themes write it: `entry-title`, `published`, `author vcard` with `fn`), read as its parser does.
    if (!classes.includes('h-entry') && classes.includes('hentry')) classes.push('h-entry');
    if (hEntryState === 1) {
      if (classes.includes('entry-title')) classes.push('p-name');
      if (classes.includes('published')) classes.push('dt-published');
      if (classes.includes('entry-summary')) classes.push('p-summary');
      if (classes.includes('author') && classes.includes('vcard')) classes.push('p-author', 'h-card');
      if (inEntryAuthor && classes.includes('fn')) classes.push('p-name');
    }
    if (hEntryState === 0 && classes.includes('h-entry')) {
      hEntryState = 1;
      element.hEntry = 'entry';
    } else if (hEntryState === 1) {
      const entry = body.hEntry;
      if (classes.includes('p-author')) {
        if (classes.includes('h-card')) {
          element.hEntry = 'author';
          inEntryAuthor = true;
        } else texts.push((text) => firstOf(entry, 'author', text));
      }
      if (inEntryAuthor && classes.includes('p-name')) texts.push((text) => firstOf(entry, 'author', text));
      else if (!inEntryAuthor && classes.includes('p-name')) texts.push((text) => firstOf(entry, 'name', text));
      if (!inEntryAuthor && classes.includes('p-summary')) texts.push((text) => firstOf(entry, 'summary', text));
      if (classes.includes('dt-published')) {
        const value = attributes['datetime'] ?? attributes['value'] ?? (name === 'abbr' ? attributes['title'] : undefined);
        if (value) firstOf(entry, 'published', value);
        else texts.push((text) => firstOf(entry, 'published', text));
      }
      if (!inEntryAuthor && classes.includes('u-photo')) firstOf(entry, 'photo', attributes['src'] ?? attributes['href']);
    }

    if (name === 'article') {
      element.article = true;
      articleDepth++;
    }
    if (name === 'time' && articleDepth > 0 && body.time === undefined && attributes['datetime']?.trim()) body.time = attributes['datetime'].trim();
    if (name === 'a' && attributes['rel']?.toLowerCase().split(/\s+/).includes('author') && body.relAuthor === undefined) {
      texts.push((text) => (body.relAuthor ??= text.replace(/\s+/g, ' ').trim() || undefined));
    }
    if (body.byline === undefined && classes.some((name) => BYLINE_CLASS.test(name) && !NOT_BYLINE_CLASS.test(name))) {
      texts.push((text) => (body.byline ??= text.replace(/\s+/g, ' ').trim() || undefined));
    }
    if (body.dateText === undefined && classes.some((name) => DATE_CLASS.test(name) && !NOT_DATE_CLASS.test(name))) {
      const value = attributes['datetime'] ?? attributes['content'] ?? (name === 'abbr' ? attributes['title'] : undefined);
      if (value?.trim()) body.dateText = value.trim();
      else texts.push((text) => (body.dateText ??= text.replace(/\s+/g, ' ').trim() || undefined));
    }
    if (texts.length) element.onText = (text) => texts.forEach((take) => take(text));
    return element;
  }

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
