/**
 * Where the proxy keeps what outlives one request: cached answers, rate-limit buckets and
 * revalidation claims. One interface, so several instances can share one store (Redis, an edge
 * KV) instead of each keeping its own; `memoryStore()` (the default) keeps them in this process.
 */
/**
 * A cached answer, stored as it is served: the JSON bytes, their strong ETag, and its lifetime.
 * The same shape sits in memory and in Redis, so a hit is written out without re-serializing.
 */
export interface StoredAnswer {
  /** The answer's JSON text (an oEmbed response or a `/meta` record). */
  body: string;
  /** Strong ETag of `body`, quoted. */
  etag: string;
  /** `Date.now()` until which the answer is fresh. */
  freshUntil: number;
  /** `Date.now()` until which it may still be served stale while one instance revalidates it. */
  staleUntil: number;
}

export interface ProxyStore {
  /** The stored answer under `key`, if any (expired entries may be returned; callers check the times). */
  get(key: string): Promise<StoredAnswer | undefined>;
  /** Stores `answer` under `key` until its `staleUntil`. */
  set(key: string, answer: StoredAnswer): Promise<void>;
  /**
   * Spends one token of the bucket `key`, atomically across the instances sharing the store:
   * 0 when the request may go on, else the seconds to wait.
   */
  take(key: string, limit: Required<RateLimitOptions>): Promise<number>;
  /**
   * Claims `key` for `ms`: true for the one caller that gets it, so only one instance fetches a
   * missing or stale answer while the others wait for it or serve the stale one.
   */
  claim(key: string, ms: number): Promise<boolean>;
  /** Gives a claim back once its fetch has ended, stored or failed. */
  release(key: string): Promise<void>;
  /** Whether the store's backend answers now (`/readyz`); absent for stores that have no backend to lose. */
  ready?(): Promise<boolean>;
  /** Releases connections, if any. */
  close?(): Promise<void>;
}

/** The cache's options (`ProxyOptions.cache`): here, beside the stores that apply them. */
export interface CacheOptions {
  /** Entries kept at most in memory (default 1000; 0 = no cache, whatever the store). */
  maxEntries?: number;
  /** Total size kept at most in memory, counted as JSON characters (default 32 MiB). */
  maxBytes?: number;
  /** Seconds to keep a response that states no lifetime (default 3600). */
  defaultTtl?: number;
  /** Upper bound for `cache_age` / `max-age`, and for the stale window after it, in seconds (default 86 400). */
  maxTtl?: number;
}

/** The rate limit's options (`ProxyOptions.rateLimit`): a token bucket per client. */
export interface RateLimitOptions {
  /** Burst size: requests a client may make at once (default 60). */
  capacity?: number;
  /** Sustained rate: tokens added per second (default 1). */
  refillPerSecond?: number;
}

/** The longest a stored answer may still be served: twice the longest `maxTtl` worth having (a year), fresh then stale. */
export const MAX_STORED_LIFETIME_MS = 2 * 366 * 86_400_000;
/** The largest stored body accepted: four times the default oEmbed cap, as JSON text. */
export const MAX_STORED_BODY_LENGTH = 4 * 1024 * 1024;
/** A strong ETag as the proxy writes it, or any that is safe in a header: quoted visible ASCII, no inner quote. */
const HEADER_SAFE_ETAG = /^"[\x21\x23-\x7e]{1,128}"$/;

/**
 * `value` if it has the shape of a `StoredAnswer` the proxy could have written: a JSON object's text as body, a
 * header-safe strong ETag, finite times in order and no further away than `MAX_STORED_LIFETIME_MS`. Anything else
 * (a foreign or corrupted value under the proxy's keys in a shared store) is `undefined`: a miss, never a crash
 * nor a served foreign value.
 */
export function validStoredAnswer(value: unknown, now = Date.now()): StoredAnswer | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { body, etag, freshUntil, staleUntil } = value as Record<string, unknown>;
  if (typeof body !== 'string' || body.length > MAX_STORED_BODY_LENGTH || body[0] !== '{') return undefined;
  if (typeof etag !== 'string' || !HEADER_SAFE_ETAG.test(etag)) return undefined;
  if (typeof freshUntil !== 'number' || typeof staleUntil !== 'number') return undefined;
  if (!Number.isFinite(freshUntil) || !Number.isFinite(staleUntil) || freshUntil < 0 || staleUntil < freshUntil) return undefined;
  if (staleUntil > now + MAX_STORED_LIFETIME_MS) return undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  } catch {
    return undefined;
  }
  return { body, etag, freshUntil, staleUntil };
}
