/**
 * The fetch layer every element goes through.
 *
 * - One request per URL: concurrent callers share the in-flight request, later callers get the cached result
 *   (`reload` bypasses and refreshes it). The cache is bounded by `maxCacheBytes`, least recently used out
 *   first; an entry a connected element still shows (its caller's `signal` not aborted) is never dropped.
 * - Single posts by id asked of one site in the same task share a collection request (`batch.ts`).
 * - A caller's `signal` only detaches that caller; the network request is aborted once no caller is left.
 * - Timeout, body size cap, `credentials: 'omit'` and a per-origin concurrency cap come from `configure()`.
 * - Every failure is a `PostEmbedsError` with a stable `code`, except the caller's own abort (`AbortError`).
 */
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_CACHE_BYTES,
  DEFAULT_MAX_CONCURRENT_PER_ORIGIN,
  DEFAULT_TIMEOUT,
  getConfig,
} from './config.js';
import type { Send, Waiting } from './batch.js';
import { loadChunk } from './chunks.js';
import { PostEmbedsError } from '../shared/errors.js';

export type ResponseKind = 'json' | 'text';

export interface FetchedResource {
  /** The URL the body came from, after redirects: the base for relative URLs in it. */
  url: string;
  /** Parsed JSON for `kind: 'json'`, the body text for `kind: 'text'`. */
  body: unknown;
  /** The body's length as text: what it counts for in the cache's bound. */
  size?: number;
}

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
export function fetchResource(url: string, { kind = 'json', signal, reload }: FetchOptions): Promise<FetchedResource> {
  const key = cacheKey(url, kind);
  let entry = cache.get(key);
  if (!entry || reload) {
    // A reload replaces the entry: what the old one counted goes with it.
    if (entry) forget(key, entry);
    const controller = new AbortController();
    const promise =
      kind == 'json' && !reload && BATCHABLE.test(url)
        ? batched(url, controller.signal)
        : request(url, kind, controller.signal);
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

/** A single WordPress or Ghost post by id: `batch.ts` may answer it with others of its site. */
const BATCHABLE = /(\/|%2F)wp\1v2\1posts\1\d+\1?(\?|&|$)|\/ghost\/(api\/)?content\/(posts|pages)\/[\da-f]{24}\/?(\?|$)/;

let queue: Waiting[] = [];

/** `url`, fetched with the other single posts asked for in this task (one request when alone). */
function batched(url: string, signal: AbortSignal): Promise<FetchedResource> {
  return new Promise((resolve, reject) => {
    if (!queue.length) setTimeout(flush);
    queue.push({ url, signal, resolve, reject });
  });
}

function flush(): void {
  // Callers gone while they waited get their abort; the others are asked for.
  const waiting = queue.filter(({ signal, reject }) => !signal.aborted || reject(signal.reason));
  queue = [];
  const send: Send = (url, signal) => request(url, 'json', signal);
  if (waiting.length < 2) return waiting.forEach(({ url, signal, resolve, reject }) => send(url, signal).then(resolve, reject));
  loadChunk(import('./batch.js')).then(
    ({ flushBatch }) => flushBatch(waiting, send),
    (error) => waiting.forEach(({ reject }) => reject(error)),
  );
}

const derivedValues = new WeakMap<FetchedResource, Map<string, unknown>>();

/**
 * A value computed once per fetched resource and `key`: fifty cards on one cached response normalize it
 * once. Cached resources are never mutated, so the value stays valid as long as the resource is cached.
 */
export function derive<T>(resource: FetchedResource, key: string, compute: () => T): T {
  let values = derivedValues.get(resource);
  if (!values) derivedValues.set(resource, (values = new Map()));
  if (!values.has(key)) values.set(key, compute());
  return values.get(key) as T;
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

const abortError = () => new DOMException('The request was aborted.', 'AbortError');

// ---------------------------------------------------------------------------------------------
// Per-origin concurrency: requests in flight per origin, and a FIFO of the starts waiting for a slot.
// A request aborted while it waits keeps its place and, when its turn comes, hands the slot straight on.

const active = new Map<string, number>();
const queues = new Map<string, Array<() => void>>();

function acquireSlot(origin: string): Promise<void> | void {
  const running = active.get(origin) ?? 0;
  if (running < (getConfig().maxConcurrentPerOrigin ?? DEFAULT_MAX_CONCURRENT_PER_ORIGIN)) {
    active.set(origin, running + 1);
    return;
  }
  let queue = queues.get(origin);
  if (!queue) queues.set(origin, (queue = []));
  return new Promise((start) => queue.push(start));
}

/** A finished request hands its slot to the first one waiting, or frees it. */
function releaseSlot(origin: string): void {
  const next = queues.get(origin)?.shift();
  if (next) next();
  else active.set(origin, active.get(origin)! - 1);
}

// ---------------------------------------------------------------------------------------------

async function request(url: string, kind: ResponseKind, signal: AbortSignal): Promise<FetchedResource> {
  const config = getConfig();
  const timeout = config.timeout ?? DEFAULT_TIMEOUT;
  const origin = new URL(url).origin;

  await acquireSlot(origin);
  // The timeout covers the request and reading the body, not the time spent waiting for a slot.
  const timedOut = AbortSignal.timeout(timeout);
  let response: Response;
  let text: string;
  try {
    // Every caller may have left while it waited for its slot.
    signal.throwIfAborted();
    response = await (config.fetch ?? fetch)(url, {
      signal: AbortSignal.any([signal, timedOut]),
      credentials: config.credentials ?? 'omit',
      headers: { Accept: kind === 'json' ? 'application/json' : '*/*', ...config.headers },
    });
    text = await readBody(response, config.maxBytes ?? DEFAULT_MAX_BYTES, url);
  } catch (error) {
    if (signal.aborted) throw abortError();
    if (timedOut.aborted) throw new PostEmbedsError('timeout', `No response from ${url} within ${timeout} ms.`, { url });
    throw error instanceof PostEmbedsError
      ? error
      : new PostEmbedsError('network', `The request to ${url} failed (network error or blocked by CORS).`, {
          url,
          cause: error,
        });
  } finally {
    releaseSlot(origin);
  }
  if (!response.ok) {
    throw new PostEmbedsError('http', `HTTP ${response.status} from ${url}${serverMessage(text)}`, {
      status: response.status,
      url,
    });
  }
  const responseUrl = response.url || url;
  const body = kind === 'json' ? parseJson(text, response.headers.get('content-type') ?? '', responseUrl) : text;
  return { url: responseUrl, body, size: text.length };
}

/** Reads the body as UTF-8 text, refusing it as soon as it is known to pass `maxBytes`. */
async function readBody(response: Response, maxBytes: number, url: string): Promise<string> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  // A declared length over the cap counts as received: the body is refused unread.
  const declared = Number(response.headers.get('content-length'));
  let received = declared > maxBytes ? declared : 0;
  let text = '';
  for (let chunk; received <= maxBytes && reader && !(chunk = await reader.read()).done; ) {
    received += chunk.value.byteLength;
    text += decoder.decode(chunk.value, { stream: true });
  }
  if (received > maxBytes) {
    reader?.cancel().catch(() => {});
    throw new PostEmbedsError('too-large', `The response from ${url} is larger than ${maxBytes} bytes.`, { url });
  }
  return text + decoder.decode();
}

function parseJson(text: string, contentType: string, url: string): unknown {
  const trimmed = text.trimStart();
  try {
    return JSON.parse(trimmed);
  } catch (cause) {
    // Something that starts like JSON (or is declared JSON) but does not parse was cut short or is broken;
    // anything else (an HTML login page, a proxy error page) is simply not JSON.
    if (/json/i.test(contentType) || /^[[{"]/.test(trimmed)) {
      throw new PostEmbedsError('malformed', `The JSON from ${url} is malformed or truncated.`, { url, cause });
    }
    const what = /html/i.test(contentType) || trimmed[0] == '<' ? 'an HTML page' : contentType || 'no content type';
    throw new PostEmbedsError('not-json', `Expected JSON from ${url}, received ${what}.`, { url, cause });
  }
}

/** `: <message>` when an error body is a WordPress-style error object (`{ "message": … }`), else nothing. */
function serverMessage(text: string): string {
  try {
    const { message, error } = JSON.parse(text) as { message?: unknown; error?: unknown };
    const said = message ?? error;
    if (typeof said == 'string') return `: ${said.slice(0, 200)}`;
  } catch {
    // Not JSON: the status alone says enough.
  }
  return '';
}
