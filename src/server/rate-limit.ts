/**
 * Per-client token buckets: each client may burst `capacity` requests, then `refillPerSecond`.
 * Buckets live in a bounded LRU, so a flood of client addresses cannot exhaust memory (an evicted
 * client simply starts again with a full bucket).
 */
import ipaddr from 'ipaddr.js';
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

  /**
   * Spends one token of the client at `address` (all unknown clients share one bucket): 0 when the
   * request may go on, else the seconds to wait.
   */
  take(address: string | undefined): number {
    const { capacity, refillPerSecond } = this.#options;
    const client = bucketKey(address);
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

/** IPv6 clients are counted per /64: a single host commonly holds a whole /64 to rotate through. */
function bucketKey(address: string | undefined): string {
  if (!address || !ipaddr.isValid(address)) return address ?? 'unknown';
  const parsed = ipaddr.process(address);
  return parsed.kind() === 'ipv6' ? `${(parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16)).join(':')}::/64` : parsed.toString();
}
