/**
 * The fetch layer every element goes through: its cache.
 *
 * - One request per URL: concurrent callers share the in-flight request, later callers get the cached result
 *   (`reload` bypasses and refreshes it). The cache is bounded by `maxCacheBytes`, least recently used out
 *   first; an entry a connected element still shows (its caller's `signal` not aborted) is never dropped.
 * - Single posts by id asked of one site in the same task share a collection request when the caller passes
 *   `batch` (`batch-queue.ts`, `batch.ts`): the elements that show posts do; `<oembed-preview>` and
 *   `<source-citation>`, whose requests are never single posts, leave that code out of their bundles.
 * - A caller's `signal` only detaches that caller; the network request is aborted once no caller is left.
 * - The request itself (timeout, body size cap, credentials, per-origin cap, errors): `request.ts`.
 */
import { DEFAULT_MAX_CACHE_BYTES, getConfig } from '../config.js';
import { abortError, request, type FetchedResource, type ResponseKind } from './request.js';

export interface FetchOptions {
  /** How to read the body (default `json`). */
  kind?: ResponseKind;
  /**
   * Aborting detaches this caller; the request itself stops when no caller is left. Until it aborts, the
   * caller holds the cached result: elements abort when removed or given another source.
   */
  signal: AbortSignal;
  /** Skip the cache and replace its entry with a fresh response. */
  reload?: boolean;
  /** Holds a single post by id for the task's collection request (`batched`); `undefined` for any other URL. */
  batch?: (url: string, signal: AbortSignal) => Promise<FetchedResource> | undefined;
}

interface Entry {
  promise: Promise<FetchedResource>;
  /** Aborts the request; present only while it is in flight. */
  controller?: AbortController;
  /** Callers still waiting. */
  waiters: number;
  /** Callers whose signal has not aborted: an entry they hold is not dropped to make room. */
  holders: number;
  /** What the entry counts for in `cachedBytes` once it has arrived. */
  size: number;
}

/** In order of last use, least recent first. */
const cache = new Map<string, Entry>();
let cachedBytes = 0;

const cacheKey = (url: string, kind: ResponseKind) => `${kind} ${url}`;

/** Fetches `url` through the shared cache. */
export function fetchResource(url: string, { kind = 'json', signal, reload, batch }: FetchOptions): Promise<FetchedResource> {
  const key = cacheKey(url, kind);
  let entry = cache.get(key);
  if (!entry || reload) {
    // A reload replaces the entry: what the old one counted goes with it.
    if (entry) forget(key, entry);
    const controller = new AbortController();
    const promise =
      (kind == 'json' && !reload && batch?.(url, controller.signal)) || request(url, kind, controller.signal);
    const created: Entry = (entry = { controller, waiters: 0, holders: 0, size: 0, promise });
    created.promise.then(
      ({ size = 0 }) => {
        delete created.controller;
        if (cache.get(key) !== created) return;
        cachedBytes += created.size = size;
        trim();
      },
      () => {
        delete created.controller;
        // Failures are not cached: the next caller (a retry) asks again.
        forget(key, created);
      },
    );
  }
  // Most recently used last.
  cache.delete(key);
  cache.set(key, entry);
  hold(entry, signal);
  return join(key, entry, signal);
}

function hold(entry: Entry, signal: AbortSignal): void {
  if (signal.aborted) return;
  entry.holders++;
  signal.addEventListener(
    'abort',
    () => {
      entry.holders--;
      trim();
    },
    { once: true },
  );
}

/** Drops the least recently used entries nobody holds until the cache is within its bound. */
function trim(): void {
  const limit = getConfig().maxCacheBytes ?? DEFAULT_MAX_CACHE_BYTES;
  for (const [key, entry] of cache) {
    if (cachedBytes <= limit) return;
    if (!entry.holders && !entry.controller) forget(key, entry);
  }
}

/**
 * Stores a body as if it had been fetched from `url`, so that a later `fetchResource(url)` makes no request
 * (a collection primes the cache for the single posts it contains). An existing entry is kept.
 */
export function primeResource(url: string, body: unknown): void {
  const key = cacheKey(url, 'json');
  // Counted in the collection that brought it.
  if (!cache.has(key)) cache.set(key, { promise: Promise.resolve({ url, body }), waiters: 0, holders: 0, size: 0 });
}

/** Forgets `url` after `seconds` (oEmbed `cache_age`). */
export function expireResource(url: string, seconds: number, kind: ResponseKind = 'json'): void {
  const key = cacheKey(url, kind);
  const entry = cache.get(key);
  if (entry && seconds >= 0) setTimeout(() => forget(key, entry), Math.min(seconds * 1000, 2 ** 31 - 1));
}

/** Empties the cache; for tests and for apps that log a user out. */
export function clearResourceCache(): void {
  cache.clear();
  cachedBytes = 0;
}

/** Drops `entry` from the cache unless a newer one (a reload) has taken its place. */
function forget(key: string, entry: Entry): void {
  if (cache.get(key) !== entry) return;
  cache.delete(key);
  cachedBytes -= entry.size;
}

function join(key: string, entry: Entry, signal: AbortSignal): Promise<FetchedResource> {
  return new Promise((resolve, reject) => {
    const leave = () => {
      // The last caller gone before the response: nobody needs the request any more.
      if (!--entry.waiters && entry.controller) {
        entry.controller.abort();
        forget(key, entry);
      }
      reject(abortError());
    };
    entry.waiters++;
    if (signal.aborted) return leave();
    signal.addEventListener('abort', leave, { once: true });
    entry.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
  });
}



