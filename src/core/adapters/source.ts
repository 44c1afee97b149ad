/**
 * What every post adapter gives `toPost()`/`toCollection()`, and the checks that make its fields model
 * values: adapters pick and rename fields, these helpers check them, once for all formats.
 */
import type { Author, ImageCandidate, Media, Post, PostCollection, Term } from '../model.js';
import { normalizeLanguage } from '../direction.js';
import { readingMinutes } from '../reading-time.js';
import { truncateText } from '../text.js';
import { safeHttpUrl } from '../url.js';
import { dateTime, plainText, positiveInteger, records, texts, type Json } from './fields.js';

/** A post as read from a source, before the title rule: some sources allow untitled items. */
export type PostDraft = Omit<Post, 'title'> & { title?: string };

/** Unchecked values in the shape of a model object. */
type Unchecked<T> = { readonly [key in keyof T]?: unknown };

/** A response body as an adapter reads it. */
export interface PostSource {
  /** The raw posts, in order: a collection's items, or the one post of a single-post body. */
  entries: Json[];
  /** A single-post body: its one entry is the post, whatever id or slug is asked for. */
  single?: boolean;
  read(entry: Json): PostDraft;
  /** The collection's own fields, unchecked (`url` is its home page). */
  about?: Unchecked<Omit<PostCollection, 'posts'>>;
}

/** A post's fields under the model's names, unchecked; authors, terms, image and related posts already read. */
export interface PostFields extends Unchecked<Omit<Post, 'authors' | 'terms' | 'image' | 'related'>> {
  authors: Author[];
  terms: Term[];
  image?: Media;
  related?: Post[];
}

/** The model post that `fields` describe: every value type-checked, every URL through `safeHttpUrl`. */
export function finishPost(fields: PostFields, base: string): PostDraft {
  const url = safeHttpUrl(fields.url, base);
  const wordCount = positiveInteger(fields.wordCount);
  return {
    id: plainText(fields.id) ?? url ?? '',
    title: plainText(fields.title),
    url,
    excerpt: plainText(fields.excerpt),
    published: dateTime(fields.published),
    modified: dateTime(fields.modified),
    dateText: plainText(fields.dateText),
    authors: fields.authors,
    image: fields.image,
    terms: fields.terms,
    categoryIds: texts(fields.categoryIds),
    tagIds: texts(fields.tagIds),
    wordCount,
    readingTime: positiveInteger(fields.readingTime) ?? readingMinutes(wordCount),
    language: normalizeLanguage(fields.language),
    related: fields.related,
  };
}

/**
 * The posts of a list: items with neither title nor link are dropped; an untitled item with a link
 * (a JSON Feed micro-post) is titled by the start of its excerpt, else by its link, as feed readers do.
 */
export function listablePosts(drafts: PostDraft[]): Post[] {
  return drafts
    .map((draft) => ({ ...draft, title: draft.title ?? (draft.url && (draft.excerpt ? truncateText(draft.excerpt, 80) : draft.url)) }))
    .filter((post): post is Post => !!post.title);
}

/** Authors shaped `{ name, url, avatar }`; one without a name cannot be shown and is skipped. */
export function authorsFrom(list: unknown, base: string): Author[] {
  return records(list)
    .map((author): Partial<Author> => ({ name: plainText(author.name), url: safeHttpUrl(author.url, base), avatar: safeHttpUrl(author.avatar, base) }))
    .filter((author): author is Author => !!author.name);
}

/** Terms shaped `{ name, taxonomy, url, id }`; one without a name or taxonomy cannot be shown and is skipped. */
export function termsFrom(list: unknown, base: string): Term[] {
  return records(list)
    .map((term): Partial<Term> => ({ name: plainText(term.name), taxonomy: plainText(term.taxonomy), url: safeHttpUrl(term.url, base), id: plainText(term.id) }))
    .filter((term): term is Term => !!(term.name && term.taxonomy));
}

/**
 * An image shaped like `Media` (`undefined` without a usable URL). Only a source that lists renditions
 * gets `candidates` (for `srcset`): those with a URL and a width, one per URL, narrowest first.
 */
export function imageFrom(image: Unchecked<Media> | undefined, base: string): Media | undefined {
  const url = safeHttpUrl(image?.url, base);
  if (!url) return undefined;
  const media: Media = { url, width: positiveInteger(image?.width), height: positiveInteger(image?.height), alt: plainText(image?.alt) };
  if (Array.isArray(image?.candidates)) {
    const byUrl = new Map<string, ImageCandidate>();
    for (const candidate of records(image.candidates)) {
      const candidateUrl = safeHttpUrl(candidate.url, base);
      const width = positiveInteger(candidate.width);
      if (candidateUrl && width && !byUrl.has(candidateUrl)) byUrl.set(candidateUrl, { url: candidateUrl, width, height: positiveInteger(candidate.height) });
    }
    media.candidates = byUrl.size ? [...byUrl.values()].sort((a, b) => a.width - b.width) : undefined;
  }
  return media;
}
