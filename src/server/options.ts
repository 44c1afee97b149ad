/**
 * The proxy's options, and `resolveOptions()`: the one place they are resolved (defaults applied, the
 * base path normalized, the target policy made). What resolves them once hands the result to all
 * that need it: the Node listener to its guarded fetch and to the proxy alike.
 */
import type { OEmbedProvider } from './providers.js';
import { memoryStore } from './store/memory.js';
import type { CacheOptions, ProxyStore, RateLimitOptions } from './store/store.js';
import { createTargetPolicy, type TargetPolicy } from './target-policy.js';

/** The transport the proxy fetches upstreams with (the platform `fetch`, or the Node guard). */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

export interface ProxyOptions {
  /**
   * The transport. Default: the platform `fetch`. On Node use `createNodeHandler()` (or pass
   * `createGuardedFetch()`), which checks every resolved address and pins the connection to it.
   */
  fetch?: FetchFunction;
  /** Path the routes are mounted under, e.g. `/proxy` (default: none). */
  basePath?: string;
  /** CORS: `*` (default) or the exact origins allowed to read responses. */
  allowOrigin?: '*' | readonly string[];
  /** Local development and tests ONLY: let any host reach private addresses on any port. */
  allowPrivate?: boolean;
  /**
   * Hosts exempt from the address and port checks, for a known local origin: `localhost:8081`
   * (that port only) or `localhost` (any port).
   */
  allowHosts?: readonly string[];
  /** Ports allowed besides 80 and 443. */
  allowPorts?: readonly number[];
  /** oEmbed providers, in the `oembed-providers` registry format. Default: that registry. */
  providers?: readonly OEmbedProvider[];
  /** Total time for one upstream request, redirects and body included, in ms (default 10 000). */
  timeout?: number;
  /** Redirects followed per upstream request, each re-checked (default 5). */
  maxRedirects?: number;
  /** HTML read at most, in bytes (default 1 MiB); only the `<head>` is read, so this rarely binds. */
  maxHtmlBytes?: number;
  /** oEmbed response size cap in bytes (default 256 KiB); larger responses are refused. */
  maxOEmbedBytes?: number;
  /** `/image` size cap in bytes (default 5 MiB); larger images are refused. */
  maxImageBytes?: number;
  /**
   * `/image` refuses an image whose header declares more pixels than this (default 40 000 000, about 8K):
   * a decompression bomb declares a huge size in a few bytes.
   */
  maxImagePixels?: number;
  /**
   * Whether oEmbed answers point their thumbnail (and a photo its image) at this proxy's `/image` route, so a
   * reader's browser asks nothing of the provider before a click (default `true`). The URL is relative
   * (`image?url=…`), resolved by clients against the answer's URL.
   */
  proxyImages?: boolean;
  /** Response cache, or `false` for none (the same as `maxEntries: 0`). */
  cache?: CacheOptions | false;
  /** Per-client token bucket, or `false` for none. */
  rateLimit?: RateLimitOptions | false;
  /**
   * Where the cache, the rate-limit buckets and the revalidation claims live. Default: this
   * process's memory (`memoryStore()`); share one between instances with `redisStore()` (Node)
   * or `unstorageStore()` over an unstorage driver (Cloudflare KV, Deno KV…).
   */
  store?: ProxyStore;
  /** `User-Agent` sent upstream. */
  userAgent?: string;
}

export interface ResolvedOptions {
  fetch: FetchFunction;
  basePath: string;
  allowOrigin: '*' | ReadonlySet<string>;
  policy: TargetPolicy;
  providers?: readonly OEmbedProvider[];
  timeout: number;
  maxRedirects: number;
  maxHtmlBytes: number;
  maxOEmbedBytes: number;
  maxImageBytes: number;
  maxImagePixels: number;
  proxyImages: boolean;
  cache: Required<CacheOptions>;
  rateLimit: Required<RateLimitOptions> | false;
  userAgent: string;
  store: ProxyStore;
}

const DEFAULT_USER_AGENT = 'post-embeds-proxy/0.1 (+https://www.npmjs.com/package/post-embeds)';

/**
 * `options` with their defaults, once. `defaultFetch` makes the transport from the resolved policy
 * when `options.fetch` is absent (the Node guard checks connections against that same policy);
 * without it, the platform `fetch`.
 */
export function resolveOptions(
  options: ProxyOptions,
  defaultFetch: (policy: TargetPolicy) => FetchFunction = () => (input, init) => fetch(input, init),
): ResolvedOptions {
  const cache = {
    maxEntries: 1000,
    maxBytes: 32 * 1024 * 1024,
    defaultTtl: 3600,
    maxTtl: 86_400,
    ...(options.cache === false ? { maxEntries: 0 } : options.cache),
  };
  const policy = createTargetPolicy(options);
  return {
    fetch: options.fetch ?? defaultFetch(policy),
    basePath: (options.basePath ?? '').replace(/\/+$/, ''),
    allowOrigin: options.allowOrigin === undefined || options.allowOrigin === '*' ? '*' : new Set(options.allowOrigin),
    policy,
    providers: options.providers,
    timeout: options.timeout ?? 10_000,
    maxRedirects: options.maxRedirects ?? 5,
    maxHtmlBytes: options.maxHtmlBytes ?? 1024 * 1024,
    maxOEmbedBytes: options.maxOEmbedBytes ?? 256 * 1024,
    maxImageBytes: options.maxImageBytes ?? 5 * 1024 * 1024,
    maxImagePixels: options.maxImagePixels ?? 40_000_000,
    proxyImages: options.proxyImages ?? true,
    cache,
    rateLimit:
      options.rateLimit === false ? false : { capacity: 60, refillPerSecond: 1, ...options.rateLimit },
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    store: options.store ?? memoryStore(cache),
  };
}
