/**
 * The model itself as a response body (`{ title, authors, … }` or `{ posts: [...] }`), for sites that
 * serve it directly. Trusted no further than any other body: every field is type-checked and every
 * URL checked again. Text is taken as plain text, as the model defines it (no HTML decoding).
 */
import type { Media, Term } from '../model.js';
import { normalizeLanguage } from '../direction.js';
import { safeHttpUrl } from '../url.js';
import { count, dateTime, isRecord, plainText, positiveInteger, records, texts, type JsonRecord } from './fields.js';
import { authorsFrom, imageCandidates, listablePosts, type PostDraft, type PostSource } from './source.js';

/** A body shaped like one model `Post`. */
function isNativePost(value: unknown): boolean {
  return isRecord(value) && typeof value.title === 'string' && Array.isArray(value.authors);
}

/** A model `Post`, or a `PostCollection` whose posts all are. */
export function isNativeBody(body: unknown): boolean {
  return isNativePost(body) || (isRecord(body) && Array.isArray(body.posts) && body.posts.every(isNativePost));
}

function termsOf(value: unknown, base: string): Term[] {
  const terms: Term[] = [];
  for (const term of records(value)) {
    const name = plainText(term.name);
    const taxonomy = plainText(term.taxonomy);
    if (name && taxonomy) terms.push({ name, taxonomy, url: safeHttpUrl(term.url, base), id: plainText(term.id) });
  }
  return terms;
}

function imageOf(value: unknown, base: string): Media | undefined {
  const image = isRecord(value) ? value : {};
  const url = safeHttpUrl(image.url, base);
  if (!url) return undefined;
  return {
    url,
    width: positiveInteger(image.width),
    height: positiveInteger(image.height),
    alt: plainText(image.alt),
    candidates: imageCandidates(
      records(image.candidates).map((candidate) => ({
        url: safeHttpUrl(candidate.url, base),
        width: positiveInteger(candidate.width),
        height: positiveInteger(candidate.height),
      })),
    ),
  };
}

function normalizeNativePost(entry: unknown, base: string, depth = 0): PostDraft {
  const post: JsonRecord = isRecord(entry) ? entry : {};
  const url = safeHttpUrl(post.url, base);
  return {
    id: plainText(post.id) ?? url ?? '',
    title: plainText(post.title),
    url,
    excerpt: plainText(post.excerpt),
    published: dateTime(post.published),
    modified: dateTime(post.modified),
    dateText: plainText(post.dateText),
    authors: authorsFrom(post.authors, base),
    image: imageOf(post.image, base),
    terms: termsOf(post.terms, base),
    categoryIds: texts(post.categoryIds),
    tagIds: texts(post.tagIds),
    wordCount: positiveInteger(post.wordCount),
    readingTime: positiveInteger(post.readingTime),
    language: normalizeLanguage(post.language),
    // Related posts of related posts are never shown: one level is read, deeper ones dropped.
    related: depth === 0 && Array.isArray(post.related)
      ? listablePosts(post.related.map((related) => normalizeNativePost(related, base, depth + 1)))
      : undefined,
  };
}

export function readNative(body: unknown, responseUrl: string): PostSource {
  const read = (entry: unknown) => normalizeNativePost(entry, responseUrl);
  if (!isRecord(body) || !Array.isArray(body.posts)) return { entries: [body], isCollection: false, read };
  return {
    entries: body.posts,
    isCollection: true,
    read,
    title: plainText(body.title),
    url: safeHttpUrl(body.url, responseUrl),
    language: normalizeLanguage(body.language),
    total: count(body.total),
  };
}
