/**
 * Facts about a page from its JSON-LD (schema.org) blocks: the first article-like node
 * (`NewsArticle`, `BlogPosting`, …), with the page's `WebPage` node filling what it lacks.
 * Handles `@graph` documents whose nodes point at each other by `@id` (Yoast, Rank Math).
 */
import { isRecord, positiveInteger, type JsonRecord } from '../shared/fields.js';
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
  'BlogPosting',
  'LiveBlogPosting',
  'SocialMediaPosting',
  'TechArticle',
  'ScholarlyArticle',
  'Report',
]);
const PAGE_TYPES = new Set(['WebPage', 'ItemPage', 'AboutPage', 'CollectionPage', 'ProfilePage']);

export function readJsonLd(scripts: readonly string[], base: URL): JsonLdFacts {
  const nodes = scripts.flatMap(parseNodes);
  const byId = new Map<string, JsonRecord>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  // A bare `{ "@id": … }` is a reference to a node defined elsewhere in the graph.
  const resolve = (value: unknown): unknown =>
    isRecord(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1
      ? (byId.get(value['@id']) ?? value)
      : value;

  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type)));
  const page = nodes.find((node) => typesOf(node).some((type) => PAGE_TYPES.has(type)));
  const pick = (key: string): unknown => (article?.[key] ?? page?.[key]);

  return {
    type: article ? 'article' : page ? 'website' : undefined,
    headline: cleanText(pick('headline')) ?? cleanText(pick('name')),
    description: cleanText(pick('description')),
    published: pick('datePublished'),
    modified: pick('dateModified'),
    authors: toArray(resolve(pick('author')))
      .map((author) => cleanText(typeof author === 'string' ? author : nodeName(resolve(author)), 200))
      .filter((name): name is string => name !== undefined),
    publisher: cleanText(nodeName(resolve(pick('publisher'))), 200),
    section: cleanText(toArray(pick('articleSection'))[0], 200),
    language: cleanText(pick('inLanguage'), 35),
    url: safeHttpUrl(pick('url'), base),
    image: imageOf(resolve(toArray(pick('image'))[0]), base),
  };
}

function parseNodes(script: string): JsonRecord[] {
  let document: unknown;
  try {
    document = JSON.parse(script);
  } catch {
    return [];
  }
  return toArray(document)
    .filter(isRecord)
    .flatMap((node) => (Array.isArray(node['@graph']) ? node['@graph'].filter(isRecord) : [node]));
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
  const url = safeHttpUrl(value['url'] ?? value['contentUrl'], base);
  if (!url) return undefined;
  return { url, width: positiveInteger(value['width']), height: positiveInteger(value['height']) };
}

function nodeName(value: unknown): unknown {
  return isRecord(value) ? value['name'] : undefined;
}

function toArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}
