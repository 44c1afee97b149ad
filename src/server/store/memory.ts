/**
 * The default store: this process's memory. Answers sit in a bounded LRU (by count and by size),
 * buckets in another, so neither a flood of URLs nor of client addresses can exhaust memory (an
 * evicted client simply starts again with a full bucket).
 */
import { LRUCache } from 'lru-cache';
import type { CacheOptions, ProxyStore, StoredAnswer } from './store.js';
import { spendToken, type Bucket } from './token-bucket.js';

const MAX_TRACKED_CLIENTS = 10_000;

export function memoryStore(options: Pick<CacheOptions, 'maxEntries' | 'maxBytes'> = {}): ProxyStore {
  const maxEntries = options.maxEntries ?? 1000;
  const answers =
    maxEntries > 0
      ? new LRUCache<string, StoredAnswer>({
          max: maxEntries,
          maxSize: options.maxBytes ?? 32 * 1024 * 1024,
          sizeCalculation: (answer) => answer.body.length || 1,
        })
      : undefined;
  const buckets = new LRUCache<string, Bucket>({ max: MAX_TRACKED_CLIENTS });
  const claims = new LRUCache<string, true>({ max: MAX_TRACKED_CLIENTS });

  return {
    async get(key) {
      return answers?.get(key);
    },
    async set(key, answer) {
      const ttl = answer.staleUntil - Date.now();
      if (ttl > 0) answers?.set(key, answer, { ttl });
    },
    async take(key, limit) {
      const now = Date.now();
      const bucket = buckets.get(key) ?? { tokens: limit.capacity, updated: now };
      buckets.set(key, bucket);
      return spendToken(bucket, limit, now);
    },
    async claim(key, ms) {
      if (claims.has(key)) return false;
      claims.set(key, true, { ttl: ms });
      return true;
    },
    async release(key) {
      claims.delete(key);
    },
  };
}
