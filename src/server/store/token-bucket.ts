/**
 * The rate limiter's arithmetic: each client may burst `capacity` requests, then `refillPerSecond`.
 * Stores that keep buckets elsewhere (the Redis script in `redis.ts`) do the same sums.
 */
import ipaddr from 'ipaddr.js';
import type { RateLimitOptions } from './store.js';

export interface Bucket {
  tokens: number;
  /** `Date.now()` when `tokens` was last brought up to date. */
  updated: number;
}

/** Spends one token of `bucket` (updated in place) at `now`: 0 when allowed, else the seconds to wait. */
export function spendToken(bucket: Bucket, { capacity, refillPerSecond }: Required<RateLimitOptions>, now: number): number {
  bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.updated) / 1000) * refillPerSecond);
  bucket.updated = now;
  if (bucket.tokens < 1) return Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond));
  bucket.tokens -= 1;
  return 0;
}

/**
 * The bucket a client spends from (all unknown clients share one). IPv6 clients are counted per
 * /64: a single host commonly holds a whole /64 to rotate through.
 */
export function bucketKey(address: string | undefined): string {
  if (!address || !ipaddr.isValid(address)) return address ?? 'unknown';
  const parsed = ipaddr.process(address);
  return parsed.kind() === 'ipv6'
    ? `${(parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16)).join(':')}::/64`
    : parsed.toString();
}
