/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) to the model. Text fields are plain text
 * by the spec and stay so; `content_html` only feeds the word count and a missing excerpt.
 */
import type { Author } from '../model.js';
import { normalizeLanguage } from '../direction.js';
import { countWords, readingMinutes } from '../reading-time.js';
import { truncateText } from '../text.js';
import { safeHttpUrl } from '../url.js';
import { dateTime, htmlText, isRecord, plainText, texts, type JsonRecord } from './fields.js';
import { authorsFrom, type PostDraft, type PostSource } from './source.js';

/** An excerpt made from an item's content (when it has no `summary`) stops here. */
const EXCERPT_MAX_CHARS = 300;

/** Whether a body declares itself a JSON Feed (any version, with or without `www.`). */
export function isJsonFeed(body: unknown): boolean {
  return isRecord(body) && typeof body.version === 'string' && /^https?:\/\/(www\.)?jsonfeed\.org\/version\//.test(body.version);
}

/** Version 1.1 `authors` (an array), else 1.0's single `author`. */
function authorsOf(object: JsonRecord, base: string): Author[] {
  return authorsFrom(Array.isArray(object.authors) ? object.authors : [object.author], base);
}

function normalizeItem(entry: unknown, feed: { authors: Author[]; language?: string }, base: string): PostDraft {
  const item = isRecord(entry) ? entry : {};
  const url = safeHttpUrl(item.url, base);
  const content = htmlText(item.content_html) ?? plainText(item.content_text);
  const wordCount = content ? countWords(content) : undefined;
  const image = safeHttpUrl(item.image, base) ?? safeHttpUrl(item.banner_image, base);
  const itemAuthors = authorsOf(item, base);
  return {
    id: plainText(item.id) ?? url ?? '',
    title: plainText(item.title),
    // `external_url` points at what the item is about, not at the item: it is not the link.
    url,
    excerpt: plainText(item.summary) ?? (content && truncateText(content, EXCERPT_MAX_CHARS)),
    published: dateTime(item.date_published),
    modified: dateTime(item.date_modified),
    // Items without authors inherit the feed's (JSON Feed 1.1, "authors").
    authors: itemAuthors.length ? itemAuthors : feed.authors,
    image: image ? { url: image } : undefined,
    terms: (texts(item.tags) ?? []).map((name) => ({ name, taxonomy: 'tag' })),
    wordCount,
    readingTime: wordCount === undefined ? undefined : readingMinutes(wordCount),
    language: normalizeLanguage(item.language) ?? feed.language,
  };
}

export function readJsonFeed(body: unknown, responseUrl: string): PostSource {
  const feed = isRecord(body) ? body : {};
  const defaults = { authors: authorsOf(feed, responseUrl), language: normalizeLanguage(feed.language) };
  return {
    entries: Array.isArray(feed.items) ? feed.items : [],
    isCollection: true,
    read: (entry) => normalizeItem(entry, defaults, responseUrl),
    title: plainText(feed.title),
    url: safeHttpUrl(feed.home_page_url, responseUrl),
    language: defaults.language,
  };
}
