/**
 * What every post adapter gives `toPost()`/`toCollection()`, and the checks that make its fields model
 * values: adapters pick and rename fields, these helpers check them, once for all formats.
 */
import type { Author, ImageCandidate, Media, Post, PostCollection, Term } from '../model.js';
import { normalizeLanguage } from '../../shared/direction.js';
import { readingMinutes } from '../reading-time.js';
import { EXCERPT_MAX_CHARS, joinLines, NAME_MAX_CHARS, TITLE_MAX_CHARS, truncateText } from '../../shared/text.js';
import { safeHttpUrl } from '../../shared/url.js';
import { boundedText, check, dateTime, plainText, positiveInteger, records, texts, type JsonObject } from '../../shared/fields.js';

/** A post as read from a source, before the title rule: some sources allow untitled items. */
export type PostDraft = Omit<Post, 'title'> & { title?: string };

/** Unchecked values in the shape of a model object. */
type Unchecked<T> = { readonly [key in keyof T]?: unknown };

/** A response body as an adapter reads it. */
export interface PostSource {
  /** The raw posts, in order: a collection's items, or the one post of a single-post body. */
  entries: JsonObject[];
  /** A single-post body: its one entry is the post, whatever id or slug is asked for. */
  single?: boolean;
  read(entry: JsonObject): PostDraft;
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

// Every adapter's fields pass here (finishPost, collectionFrom, authorsFrom, termsFrom, imageFrom): text that
// layout sees is bounded once for all formats (CONTRACT.md, security invariant 6).
const title = boundedText(TITLE_MAX_CHARS);
const name = boundedText(NAME_MAX_CHARS);

const POST = {
  id: plainText,
  title,
  url: safeHttpUrl,
  // Text of several blocks reads as sentences in one paragraph, then is bounded like every field layout sees.
  excerpt: boundedText(EXCERPT_MAX_CHARS, (value) => joinLines(plainText(value) ?? '') || undefined),
  published: dateTime,
  modified: dateTime,
  dateText: name,
  categoryIds: texts,
  tagIds: texts,
  wordCount: positiveInteger,
  readingTime: positiveInteger,
  language: normalizeLanguage,
};

/** The model post that `fields` describe: every value type-checked, every URL through `safeHttpUrl`. */
export function finishPost({ authors, terms, image, related, ...fields }: PostFields, base: string): PostDraft {
  const post = { ...check(POST, fields, base), authors, terms, image, related };
  post.id ??= post.url ?? '';
  post.readingTime ??= readingMinutes(post.wordCount);
  return post as PostDraft;
}

/** A collection's own fields. */
export function collectionFrom(about: PostSource['about'], base: string): Omit<PostCollection, 'posts'> {
  return check({ title, url: safeHttpUrl, language: normalizeLanguage, total: count }, about, base);
}

/** A count (a whole number, 0 included), for totals. */
function count(value: unknown): number | undefined {
  return Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined;
}

/**
 * A draft with its title: its own, else (an untitled JSON Feed micro-post) the start of its excerpt, else, in a
 * list (`byLink`), its link, as feed readers do. `undefined` when it has none of them.
 */
export function titled(draft: PostDraft, byLink = false): Post | undefined {
  const own = draft.title ?? (draft.excerpt ? truncateText(draft.excerpt, 80) : byLink ? draft.url : undefined);
  return own ? { ...draft, title: truncateText(own, TITLE_MAX_CHARS) } : undefined;
}

/** The posts of a list, titled: items with neither title nor link (nothing to show, nowhere to go) are dropped. */
export function listablePosts(drafts: PostDraft[]): Post[] {
  return drafts.flatMap((draft) => (draft.title || draft.url ? (titled(draft, true) ?? []) : []));
}

const AUTHOR = { name, url: safeHttpUrl, avatar: safeHttpUrl };
const TERM = { name, taxonomy: plainText, url: safeHttpUrl, id: plainText };
const CANDIDATE = { url: safeHttpUrl, width: positiveInteger, height: positiveInteger };
const IMAGE = { ...CANDIDATE, alt: title };

/** Authors shaped `{ name, url, avatar }`; one without a name cannot be shown and is skipped. */
export function authorsFrom(list: unknown, base: string): Author[] {
  return records(list)
    .map((author) => check(AUTHOR, author, base))
    .filter((author): author is Author => !!author.name);
}

/** Terms shaped `{ name, taxonomy, url, id }`; one without a name or taxonomy cannot be shown and is skipped. */
export function termsFrom(list: unknown, base: string): Term[] {
  return records(list)
    .map((term) => check(TERM, term, base))
    .filter((term): term is Term => !!(term.name && term.taxonomy));
}

/**
 * An image shaped like `Media` (`undefined` without a usable URL). Only a source that lists renditions
 * gets `candidates` (for `srcset`): those with a URL and a width, of the original's shape, one per URL,
 * narrowest first.
 */
export function imageFrom(raw: Unchecked<Media> | undefined, base: string): Media | undefined {
  const image = check(IMAGE, raw, base);
  if (!image.url) return undefined;
  if (Array.isArray(raw?.candidates)) {
    // A rendition of another shape is a hard crop (WordPress's 150×150 thumbnail), not the same image smaller.
    const ratio = image.width && image.height ? image.width / image.height : 0;
    const sameShape = ({ width, height }: ImageCandidate) => !ratio || !height || Math.abs((width / height) * (1 / ratio) - 1) < 0.02;
    const usable = records(raw.candidates)
      .map((candidate) => check(CANDIDATE, candidate, base))
      .filter((candidate): candidate is ImageCandidate => !!(candidate.url && candidate.width) && sameShape(candidate as ImageCandidate));
    const candidates = usable.filter((candidate, index) => usable.findIndex((first) => first.url == candidate.url) == index);
    (image as Media).candidates = candidates.length ? candidates.sort((a, b) => a.width - b.width) : undefined;
  }
  return image as Media;
}
