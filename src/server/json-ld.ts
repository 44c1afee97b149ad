/**
 * Facts about a page from its JSON-LD (schema.org) blocks: the first article-like node (`NewsArticle`,
 * `BlogPosting`, a video or an episode…), with the page's `WebPage` node, then its `WebSite` and `Organization`,
 * filling what it lacks. Reads `@graph` documents whose nodes point at each other by `@id` (Yoast, Rank Math),
 * arrays of documents, nodes nested in others (`mainEntity`, `itemListElement`), and `author`, `publisher` and
 * `image` given as text, objects, references or arrays of them.
 */
import { isRecord, positiveInteger, type JsonRecord } from '../shared/fields.js';
import { personNames } from '../shared/names.js';
import { safeHttpUrl } from '../shared/url.js';
import { cleanText } from './text.js';

export interface JsonLdFacts {
  /** `article` for article-like types, `website` for pages. */
  type?: 'article' | 'website';
  headline?: string;
  description?: string;
  published?: unknown;
  modified?: unknown;
  authors: string[];
  publisher?: string;
  section?: string;
  language?: string;
  url?: string;
  image?: { url: string; width?: number; height?: number };
}

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'SocialMediaPosting',
  'DiscussionForumPosting',
  'TechArticle',
  'ScholarlyArticle',
  'Report',
  'Review',
  'Recipe',
  'HowTo',
  'VideoObject',
  'PodcastEpisode',
  'Episode',
  'AudioObject',
  'CreativeWork',
]);
const PAGE_TYPES = new Set(['WebPage', 'ItemPage', 'AboutPage', 'CollectionPage', 'ProfilePage', 'FAQPage', 'QAPage', 'MediaGallery']);
const SITE_TYPES = new Set(['WebSite', 'Organization', 'NewsMediaOrganization', 'Corporation', 'LocalBusiness']);

/** How deep nodes are looked for inside other nodes: enough for `WebPage` → `mainEntity` → `Article`. */
const MAX_DEPTH = 4;
const MAX_NODES = 500;

export function readJsonLd(scripts: readonly string[], base: URL): JsonLdFacts {
  const nodes = scripts.flatMap(parseNodes);
  const byId = new Map<string, JsonRecord>();
  for (const node of nodes) if (typeof node['@id'] === 'string' && !byId.has(node['@id'])) byId.set(node['@id'], node);
  // A bare `{ "@id": … }` is a reference to a node defined elsewhere in the graph.
  const resolve = (value: unknown): unknown =>
    isRecord(value) && typeof value['@id'] === 'string' && !('name' in value) && !('url' in value && '@type' in value)
      ? (byId.get(value['@id']) ?? value)
      : value;

  const ofTypes = (types: Set<string>) => nodes.find((node) => typesOf(node).some((type) => types.has(type)));
  const article = ofTypes(ARTICLE_TYPES);
  const page = ofTypes(PAGE_TYPES);
  const site = ofTypes(SITE_TYPES);
  const pick = (key: string): unknown => article?.[key] ?? page?.[key];

  return {
    type: article ? 'article' : page ? 'website' : undefined,
    headline: cleanText(pick('headline')) ?? cleanText(pick('name')),
    description: cleanText(pick('description')),
    published: pick('datePublished') ?? pick('uploadDate') ?? pick('dateCreated'),
    modified: pick('dateModified'),
    authors: [...new Set(toArray(resolve(pick('author') ?? pick('creator'))).flatMap((author) => personNames(nameOf(resolve(author)))))],
    publisher: cleanText(nameOf(resolve(toArray(pick('publisher'))[0])), 200) ?? cleanText(nameOf(resolve(page?.['isPartOf'])), 200) ?? cleanText(site?.['name'], 200),
    section: cleanText(toArray(pick('articleSection'))[0], 200),
    language: cleanText(nameOf(pick('inLanguage')), 35),
    url: safeHttpUrl(pick('url'), base),
    image: imageOf(resolve(toArray(pick('image') ?? pick('thumbnailUrl') ?? pick('thumbnail'))[0]), base),
  };
}

/** Every node of a script, the nested ones after those that hold them. */
function parseNodes(script: string): JsonRecord[] {
  let document: unknown;
  try {
    document = JSON.parse(script);
  } catch {
    return [];
  }
  const found: JsonRecord[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > MAX_DEPTH || found.length >= MAX_NODES) return;
    if (Array.isArray(value)) return value.forEach((item) => visit(item, depth));
    if (!isRecord(value)) return;
    if ('@type' in value) found.push(value);
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item', 'hasPart']) visit(value[key], depth + 1);
  };
  visit(document, 0);
  return found;
}

/** `@type` names without their vocabulary prefix (`schema:NewsArticle`, `https://schema.org/NewsArticle`). */
function typesOf(node: JsonRecord): string[] {
  return toArray(node['@type'])
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.slice(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1));
}

/** An image given as a URL or an `ImageObject`. */
function imageOf(value: unknown, base: URL): JsonLdFacts['image'] {
  if (typeof value === 'string') {
    const url = safeHttpUrl(value, base);
    return url ? { url } : undefined;
  }
  if (!isRecord(value)) return undefined;
  const url = safeHttpUrl(toArray(value['url'] ?? value['contentUrl'])[0], base);
  if (!url) return undefined;
  return { url, width: positiveInteger(value['width']), height: positiveInteger(value['height']) };
}

/** A thing's name: the text itself, or its `name` (`alternateName` and `legalName` as fallbacks). */
function nameOf(value: unknown): unknown {
  if (typeof value === 'string') return value;
  return isRecord(value) ? (value['name'] ?? value['alternateName'] ?? value['legalName']) : undefined;
}

function toArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}
