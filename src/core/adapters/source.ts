/**
 * What every post adapter gives `toPost()`/`toCollection()`, and the rules they apply to it.
 */
import { PostEmbedsError } from '../errors.js';
import type { Author, ImageCandidate, Post, PostCollection } from '../model.js';
import { truncateText } from '../text.js';
import { safeHttpUrl } from '../url.js';
import { plainText, records } from './fields.js';

/** A post as read from a source, before the title rule: some sources allow untitled items. */
export type PostDraft = Omit<Post, 'title'> & { title?: string };

/** A response body as an adapter reads it. */
export interface PostSource extends Omit<PostCollection, 'posts'> {
  /** The raw post objects, in order: the one post of a single-post body, or a collection's items. */
  entries: unknown[];
  /** Whether the body is a collection (its entries are picked by id or slug). */
  isCollection: boolean;
  /** Reads one raw entry (collection-wide defaults such as a feed's language already applied). */
  read(entry: unknown): PostDraft;
}

/** The longest title made from an untitled item's text. */
const UNTITLED_TITLE_MAX_CHARS = 80;

/** A post to show on its own: a title is required. */
export function requireTitle(draft: PostDraft, responseUrl: string): Post {
  if (draft.title === undefined) {
    throw new PostEmbedsError('unsupported', 'The post has no title.', { url: responseUrl });
  }
  return { ...draft, title: draft.title };
}

/**
 * The posts of a list: items with neither title nor link are dropped; an untitled item with a link
 * (a JSON Feed micro-post) is titled by the start of its excerpt, else by its link, as feed readers do.
 */
export function listablePosts(drafts: PostDraft[]): Post[] {
  const posts: Post[] = [];
  for (const draft of drafts) {
    const title = draft.title ?? (draft.url && (draft.excerpt ? truncateText(draft.excerpt, UNTITLED_TITLE_MAX_CHARS) : draft.url));
    if (title) posts.push({ ...draft, title });
  }
  return posts;
}

/** Image renditions for `srcset`: those with a URL and a width, one per URL, narrowest first. */
export function imageCandidates(renditions: Array<Partial<ImageCandidate>>): ImageCandidate[] | undefined {
  const byUrl = new Map<string, ImageCandidate>();
  for (const { url, width, height } of renditions) {
    if (url && width && !byUrl.has(url)) byUrl.set(url, { url, width, height });
  }
  return byUrl.size ? [...byUrl.values()].sort((a, b) => a.width - b.width) : undefined;
}

/**
 * Author objects shaped `{ name, url, <avatarField> }` (JSON Feed, Ghost, the model). An author
 * without a name cannot be shown and is skipped.
 */
export function authorsFrom(list: unknown, base: string, avatarField = 'avatar'): Author[] {
  const authors: Author[] = [];
  for (const author of records(list)) {
    const name = plainText(author.name);
    if (name) authors.push({ name, url: safeHttpUrl(author.url, base), avatar: safeHttpUrl(author[avatarField], base) });
  }
  return authors;
}
