/**
 * Per-client token buckets: each client may burst `capacity` requests, then `refillPerSecond`.
 * Buckets live in a bounded LRU, so a flood of client addresses cannot exhaust memory (an evicted
 * client simply starts again with a full bucket).
 */
import { LRUCache } from 'lru-cache';
import type { RateLimitOptions } from './options.js';

const MAX_TRACKED_CLIENTS = 10_000;

interface Bucket {
  tokens: number;
  /** `Date.now()` when `tokens` was last brought up to date. */
  updated: number;
}

export class RateLimiter {
  readonly #buckets = new LRUCache<string, Bucket>({ max: MAX_TRACKED_CLIENTS });
  readonly #options: Required<RateLimitOptions>;

  constructor(options: Required<RateLimitOptions>) {
    this.#options = options;
  }

  /** Spends one of `client`'s tokens: 0 when the request may go on, else the seconds to wait. */
  take(client: string): number {
    const { capacity, refillPerSecond } = this.#options;
    const now = Date.now();
    const bucket = this.#buckets.get(client) ?? { tokens: capacity, updated: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.updated) / 1000) * refillPerSecond);
    bucket.updated = now;
    this.#buckets.set(client, bucket);
    if (bucket.tokens < 1) return Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond));
    bucket.tokens -= 1;
    return 0;
  }
}
