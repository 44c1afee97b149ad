/**
 * A `ProxyStore` whose cache lives in an unstorage `Storage`, so any of its drivers can hold it:
 * Redis, Cloudflare KV, Deno KV, Vercel KV, a file system… Runtime-neutral, and it imports nothing
 * from unstorage itself: the caller creates the storage with the driver of its platform.
 *
 * A key-value store has no atomic increment or set-if-absent, so the rate-limit buckets and the
 * revalidation claims stay in this instance's memory (per isolate); `redisStore()` shares those too.
 */
import { memoryStore } from './memory.js';
import { validStoredAnswer, type CacheOptions, type ProxyStore, type StoredAnswer } from './store.js';

/** The part of unstorage's `Storage` used here. */
export interface UnstorageLike {
  getItem<T = unknown>(key: string): Promise<T | null>;
  setItem(key: string, value: StoredAnswer, options?: { ttl?: number }): Promise<void>;
  dispose?(): Promise<void>;
}

export interface UnstorageStoreOptions {
  /** Prefix of every key (default `post-embeds`). */
  prefix?: string;
  /** For the buckets and claims kept in memory, and the in-memory cache size. */
  memory?: Pick<CacheOptions, 'maxEntries' | 'maxBytes'>;
}

export function unstorageStore(storage: UnstorageLike, options: UnstorageStoreOptions = {}): ProxyStore {
  const prefix = options.prefix ?? 'post-embeds';
  // unstorage reads `:` and `/` as path separators and drops anything after `?`: keys are URLs.
  const answerKey = (key: string) => `${prefix}:answer:${encodeURIComponent(key)}`;
  const local = memoryStore({ ...options.memory, maxEntries: 0 });
  return {
    // A shared store holds what any writer put there: only a value of the right shape is an answer.
    async get(key) {
      return validStoredAnswer(await storage.getItem<unknown>(answerKey(key)));
    },
    async set(key, answer) {
      const ttl = Math.ceil((answer.staleUntil - Date.now()) / 1000);
      if (ttl > 0) await storage.setItem(answerKey(key), answer, { ttl });
    },
    take: local.take,
    claim: local.claim,
    release: local.release,
    close: async () => storage.dispose?.(),
  };
}
