/**
 * The normalized model every adapter produces and every template consumes.
 *
 * All strings are plain text (never HTML) and every URL has already passed
 * `safeHttpUrl()`: templates may bind them without further checks.
 */

/** One candidate of a responsive image (`srcset` entry). */
export interface ImageCandidate {
  url: string;
  /** Intrinsic width in CSS pixels. */
  width: number;
  height?: number;
}

export interface Media {
  url: string;
  width?: number;
  height?: number;
  alt?: string;
  /** Other renditions of the same image, for `srcset`. */
  candidates?: ImageCandidate[];
}

export interface Author {
  name: string;
  /** The author's page (archive, profile). */
  url?: string;
  /** Avatar image URL. */
  avatar?: string;
}

export interface Term {
  name: string;
  /** `category`, `tag`, or another taxonomy name. */
  taxonomy: string;
  url?: string;
  /** Source-specific id (WordPress term id), used to query related posts. */
  id?: string;
}

export interface Post {
  /** Source-specific id, as a string (WordPress numeric ids are stringified). */
  id: string;
  title: string;
  url?: string;
  excerpt?: string;
  /**
   * ISO 8601 instant with an explicit zone (`Z` or offset). Exception: when a source states only a
   * site-local time (WordPress `date` without `date_gmt`), the local date-time is kept without a zone
   * rather than a guessed one; `new Date()` reads it as local time, so it displays as the site's clock.
   */
  published?: string;
  /** Same form as `published`. */
  modified?: string;
  /**
   * A date already formatted for display by the source (Jetpack related posts: "June 2, 2025"); shown
   * verbatim when there is no `published`, never parsed.
   */
  dateText?: string;
  authors: Author[];
  image?: Media;
  terms: Term[];
  /**
   * WordPress category and tag ids, also when the terms themselves were not embedded (a term without
   * a name cannot be shown, but its id still finds related posts).
   */
  categoryIds?: string[];
  tagIds?: string[];
  /** Word count of the full content, when the source includes it. */
  wordCount?: number;
  /** Reading time in whole minutes (from the source, or from `wordCount`). */
  readingTime?: number;
  /** BCP 47 language tag stated by the data (JSON Feed, Polylang, Ghost locale). */
  language?: string;
  /** Related posts carried by the post itself (Jetpack `jetpack-related-posts`). */
  related?: Post[];
}

/** A collection of posts (WordPress query, JSON Feed, Ghost `posts`). */
export interface PostCollection {
  posts: Post[];
  title?: string;
  url?: string;
  language?: string;
  /** Total number of matching posts, when the source tells (`X-WP-Total`). */
  total?: number;
}

/**
 * `.data` of `<related-posts>`: a `PostCollection` of the posts shown. For `layout="adjacent"`, `previous`
 * and `next` name the neighbours (either may be missing at the ends) and `posts` holds those present,
 * previous first.
 */
export interface RelatedPostsData extends PostCollection {
  /** The post published just before the current one. */
  previous?: Post;
  /** The post published just after the current one. */
  next?: Post;
}

/** Names accepted by the `format` attribute. */
export type FormatName = 'auto' | 'wordpress' | 'jsonfeed' | 'rss' | 'atom' | 'ghost' | 'oembed' | 'csl' | 'native';
