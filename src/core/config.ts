/**
 * Page-wide configuration. Precedence for every setting: element attribute > `configure()` > `<meta>`.
 */

/**
 * Third parties' thumbnails without the proxy: `provider` loads them from the provider (their host sees the
 * reader's address before any click); `none` shows a neutral placeholder with the provider's name instead.
 */
export type ThumbnailSetting = 'provider' | 'none';

export interface PostEmbedsConfig {
  /** Default `endpoint` (a WordPress site's `/wp-json` root, or another API base). */
  endpoint?: string;
  /** Default oEmbed endpoint or proxy for `<oembed-preview>` and metadata for `<source-citation>`. */
  oembedEndpoint?: string;
  /** The transport: replace it to add authentication, logging or a test double. */
  fetch?: typeof fetch;
  /** Extra request headers (for example `Authorization`). */
  headers?: Record<string, string>;
  /** Request timeout in milliseconds (default 10 000). */
  timeout?: number;
  /** `omit` (default) unless your endpoint needs cookies. */
  credentials?: RequestCredentials;
  /** Largest response body accepted, in bytes (default 5 MiB). */
  maxBytes?: number;
  /** Requests in flight to one origin at once (default 6); the rest wait in line. */
  maxConcurrentPerOrigin?: number;
  /**
   * Response bodies kept for reuse, in bytes of text (default 2 MiB); the least recently used go first,
   * never one that a connected element shows.
   */
  maxCacheBytes?: number;
  /**
   * Thumbnails of video and rich embeds (and link cards) from a provider when the endpoint is not the post-embeds
   * proxy (whose answers serve them through its `/image` route): `provider` (default) or `none`. Also
   * `<meta name="post-embeds:thumbnails" content="none">`.
   */
  thumbnails?: ThumbnailSetting;
}

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_CONCURRENT_PER_ORIGIN = 6;
export const DEFAULT_MAX_CACHE_BYTES = 2 * 1024 * 1024;

let current: PostEmbedsConfig = {};

/**
 * Sets page-wide defaults. Later calls merge into earlier ones; pass `undefined` for a key to clear it.
 * Returns the resulting configuration.
 */
export function configure(options: PostEmbedsConfig): Readonly<PostEmbedsConfig> {
  current = { ...current, ...options };
  return current;
}

/** The configuration as set by `configure()` (without `<meta>` defaults). */
export function getConfig(): Readonly<PostEmbedsConfig> {
  return current;
}

/** Resets `configure()` to nothing; for tests. */
export function resetConfig(): void {
  current = {};
}

/**
 * `value` resolved against the document (`src="feed.json"` works as in `<img src>`); `undefined` when it is
 * empty or not a URL.
 */
export function documentUrl(value: string | undefined): string | undefined {
  try {
    return value ? new URL(value, document.baseURI).href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The endpoint an element should use: its own attribute, else `configure()`, else the page's
 * `<meta name="post-embeds:endpoint">` (or `post-embeds:oembed-endpoint` for `kind: 'oembed'`).
 * Relative values resolve against the document.
 */
export function resolveEndpoint(attribute: string | null | undefined, kind: 'posts' | 'oembed' = 'posts'): string | undefined {
  const oembed = kind === 'oembed';
  return documentUrl(
    attribute?.trim() ||
      (oembed ? current.oembedEndpoint : current.endpoint) ||
      document.querySelector<HTMLMetaElement>(`meta[name="post-embeds:${oembed ? 'oembed-' : ''}endpoint"]`)?.content.trim(),
  );
}
