/**
 * Ghost Content API posts (`/ghost/api/content/posts/?include=authors,tags`) to the model.
 * Ghost's titles and excerpts are plain text already; `html` only feeds the word count.
 */
import type { Author, Term } from '../model.js';
import { normalizeLanguage } from '../direction.js';
import { countWords, readingMinutes } from '../reading-time.js';
import { safeHttpUrl } from '../url.js';
import { count, dateTime, htmlText, isRecord, plainText, records, type JsonRecord } from './fields.js';
import { authorsFrom, type PostDraft, type PostSource } from './source.js';

/** Fields only Ghost posts have, to tell a Ghost `{ posts }` from the model's own. */
const GHOST_POST_FIELDS = ['uuid', 'feature_image', 'custom_excerpt', 'reading_time', 'primary_author', 'published_at'];

/** `{ posts: [...] }` with Ghost post fields, or with Ghost's `meta.pagination`. */
export function isGhostPosts(body: unknown): boolean {
  if (!isRecord(body) || !Array.isArray(body.posts)) return false;
  if (isRecord(body.meta) && isRecord(body.meta.pagination)) return true;
  return records(body.posts).some((post) => GHOST_POST_FIELDS.some((field) => field in post));
}

/** `authors` (with `include=authors`), else the lone `primary_author`. */
function authorsOf(post: JsonRecord, base: string): Author[] {
  return authorsFrom(Array.isArray(post.authors) ? post.authors : [post.primary_author], base, 'profile_image');
}

/** Public tags; Ghost's internal tags (`#name`, visibility `internal`) organise the site, not the reader. */
function termsOf(post: JsonRecord, base: string): Term[] {
  const terms: Term[] = [];
  for (const tag of records(post.tags)) {
    const name = plainText(tag.name);
    if (!name || name.startsWith('#') || tag.visibility === 'internal') continue;
    terms.push({ name, taxonomy: 'tag', url: safeHttpUrl(tag.url, base), id: plainText(tag.id) });
  }
  return terms;
}

function normalizeGhostPost(entry: unknown, siteLanguage: string | undefined, base: string): PostDraft {
  const post = isRecord(entry) ? entry : {};
  const url = safeHttpUrl(post.url, base);
  const image = safeHttpUrl(post.feature_image, base);
  const content = plainText(post.plaintext) ?? htmlText(post.html);
  const wordCount = content ? countWords(content) : undefined;
  // Ghost says 0 minutes for a short post; a card says at least 1.
  const minutes = typeof post.reading_time === 'number' && Number.isFinite(post.reading_time) ? Math.max(1, Math.round(post.reading_time)) : undefined;
  return {
    id: plainText(post.id) ?? plainText(post.slug) ?? url ?? '',
    title: plainText(post.title),
    url,
    excerpt: plainText(post.custom_excerpt) ?? plainText(post.excerpt),
    published: dateTime(post.published_at),
    modified: dateTime(post.updated_at),
    authors: authorsOf(post, base),
    image: image ? { url: image, alt: plainText(post.feature_image_alt) } : undefined,
    terms: termsOf(post, base),
    wordCount,
    readingTime: minutes ?? (wordCount === undefined ? undefined : readingMinutes(wordCount)),
    language: normalizeLanguage(post.locale) ?? siteLanguage,
  };
}

export function readGhost(body: unknown, responseUrl: string): PostSource {
  const root = isRecord(body) ? body : {};
  const pagination = isRecord(root.meta) && isRecord(root.meta.pagination) ? root.meta.pagination : {};
  const language = normalizeLanguage(root.locale);
  return {
    entries: Array.isArray(root.posts) ? root.posts : [],
    isCollection: true,
    read: (entry) => normalizeGhostPost(entry, language, responseUrl),
    language,
    total: count(pagination.total),
  };
}
