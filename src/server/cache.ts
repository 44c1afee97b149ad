/**
 * The response cache: a bounded LRU of normalized results, each kept as long as its upstream
 * allows (`cache_age`, `Cache-Control`), plus in-flight dedupe so concurrent requests for the same
 * thing share one upstream fetch.
 */
import { LRUCache } from 'lru-cache';
import type { CacheOptions } from './options.js';

export interface Cached<T> {
  value: T;
  /** Seconds the value stays fresh (what the proxy's own `Cache-Control: max-age` says). */
  maxAge: number;
}

export interface Loaded<T> {
  value: T;
  /** Lifetime in seconds from `lifetime()`; 0 = not stored. */
  ttl: number;
}

export class ResponseCache<T extends object> {
  readonly #entries: LRUCache<string, T> | undefined;
  readonly #inFlight = new Map<string, Promise<Cached<T>>>();

  constructor(options: Required<CacheOptions>) {
    this.#entries =
      options.maxEntries > 0
        ? new LRUCache<string, T>({
            max: options.maxEntries,
            maxSize: options.maxBytes,
            sizeCalculation: (value) => JSON.stringify(value).length || 1,
          })
        : undefined;
  }

  /** The cached value for `key`, else the result of a load already in flight, else `load()`'s. */
  get(key: string, load: () => Promise<Loaded<T>>): Promise<Cached<T>> {
    const cached = this.#entries?.get(key);
    if (cached !== undefined) {
      return Promise.resolve({ value: cached, maxAge: Math.ceil(this.#entries!.getRemainingTTL(key) / 1000) });
    }
    let pending = this.#inFlight.get(key);
    if (!pending) {
      pending = load()
        .then(({ value, ttl }) => {
          if (ttl > 0) this.#entries?.set(key, value, { ttl: ttl * 1000 });
          return { value, maxAge: ttl };
        })
        .finally(() => this.#inFlight.delete(key));
      this.#inFlight.set(key, pending);
    }
    return pending;
  }
}

/**
 * How long a result may be kept, in seconds: nothing when the upstream says `no-store`, `no-cache`
 * or `private`; else oEmbed's `cache_age`, else `s-maxage` / `max-age`, else the default; never
 * more than `maxTtl`.
 */
export function lifetime(
  cacheControl: string | null,
  cacheAge: number | undefined,
  options: Pick<Required<CacheOptions>, 'defaultTtl' | 'maxTtl'>,
): number {
  const directives = new Map(
    (cacheControl ?? '').split(',').map((directive) => {
      const [name = '', value] = directive.split('=');
      return [name.trim().toLowerCase(), value?.trim().replace(/^"|"$/g, '')];
    }),
  );
  if (directives.has('no-store') || directives.has('no-cache') || directives.has('private')) return 0;
  const stated = cacheAge ?? seconds(directives.get('s-maxage')) ?? seconds(directives.get('max-age'));
  return Math.min(stated ?? options.defaultTtl, options.maxTtl);
}

function seconds(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}
