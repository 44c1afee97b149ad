/**
 * The fetch layer every element goes through.
 *
 * - One request per URL per page: concurrent callers share the in-flight request, later callers get the
 *   cached result (the cache lives as long as the page; `reload` bypasses and refreshes it).
 * - A caller's `signal` only detaches that caller; the network request is aborted once no caller is left.
 * - Timeout, body size cap, `credentials: 'omit'` and a per-origin concurrency cap come from `configure()`.
 * - Every failure is a `PostEmbedsError` with a stable `code`, except the caller's own abort (`AbortError`).
 */
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_CONCURRENT_PER_ORIGIN,
  DEFAULT_TIMEOUT,
  getConfig,
} from './config.js';
import { PostEmbedsError } from './errors.js';

export type ResponseKind = 'json' | 'text';

export interface FetchedResource {
  /** The URL the body came from, after redirects: the base for relative URLs in it. */
  url: string;
  status: number;
  headers: Headers;
  /** Parsed JSON for `kind: 'json'`, the body text for `kind: 'text'`. */
  body: unknown;
}

export interface FetchOptions {
  /** How to read the body (default `json`). */
  kind?: ResponseKind;
  /** Aborting detaches this caller; the request itself stops when no caller is left. */
  signal: AbortSignal;
  /** Skip the cache and replace its entry with a fresh response. */
  reload?: boolean;
}

interface Entry {
  promise: Promise<FetchedResource>;
  controller: AbortController;
  /** Callers still waiting. */
  waiters: number;
  settled: boolean;
}

const cache = new Map<string, Entry>();

const cacheKey = (url: string, kind: ResponseKind) => `${kind} ${url}`;

/** Fetches `url` through the shared cache. */
export function fetchResource(url: string, options: FetchOptions): Promise<FetchedResource> {
  const kind = options.kind ?? 'json';
  const key = cacheKey(url, kind);
  let entry = cache.get(key);
  if (!entry || options.reload) {
    const controller = new AbortController();
    const created: Entry = {
      controller,
      waiters: 0,
      settled: false,
      promise: request(url, kind, controller.signal),
    };
    created.promise.then(
      () => (created.settled = true),
      () => {
        created.settled = true;
        // Failures are not cached: the next caller (a retry) asks again.
        if (cache.get(key) === created) cache.delete(key);
      },
    );
    cache.set(key, created);
    entry = created;
  }
  return join(key, entry, options.signal);
}

/**
 * Stores a body as if it had been fetched from `url`, so that a later `fetchResource(url)` makes no request
 * (a collection primes the cache for the single posts it contains). An existing entry is kept.
 */
export function primeResource(url: string, body: unknown): void {
  const key = cacheKey(url, 'json');
  if (cache.has(key)) return;
  const resource: FetchedResource = { url, status: 200, headers: new Headers(), body };
  cache.set(key, {
    promise: Promise.resolve(resource),
    controller: new AbortController(),
    waiters: 0,
    settled: true,
  });
}

/** Forgets `url` after `seconds` (oEmbed `cache_age`, `Cache-Control: max-age`). */
export function expireResource(url: string, seconds: number, kind: ResponseKind = 'json'): void {
  const key = cacheKey(url, kind);
  const entry = cache.get(key);
  if (!entry || !(seconds >= 0)) return;
  setTimeout(() => cache.get(key) === entry && cache.delete(key), Math.min(seconds * 1000, 2 ** 31 - 1));
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
}

function join(key: string, entry: Entry, signal: AbortSignal): Promise<FetchedResource> {
  if (signal.aborted) return Promise.reject(abortError());
  entry.waiters++;
  return new Promise((resolve, reject) => {
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      signal.removeEventListener('abort', onAbort);
      entry.waiters--;
    };
    const onAbort = () => {
      leave();
      if (entry.waiters === 0 && !entry.settled) {
        entry.controller.abort();
        if (cache.get(key) === entry) cache.delete(key);
      }
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (value) => {
        leave();
        resolve(value);
      },
      (error) => {
        leave();
        reject(error);
      },
    );
  });
}

const abortError = () => new DOMException('The request was aborted.', 'AbortError');

// ---------------------------------------------------------------------------------------------
// Per-origin concurrency: requests in flight per origin, and a FIFO of the starts waiting for a slot.

const active = new Map<string, number>();
const queues = new Map<string, Array<() => void>>();

async function acquireSlot(origin: string, signal: AbortSignal): Promise<void> {
  const running = active.get(origin) ?? 0;
  if (running < (getConfig().maxConcurrentPerOrigin ?? DEFAULT_MAX_CONCURRENT_PER_ORIGIN)) {
    active.set(origin, running + 1);
    return;
  }
  const queue = queues.get(origin) ?? [];
  queues.set(origin, queue);
  await new Promise<void>((resolve, reject) => {
    const start = () => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    };
    const onAbort = () => {
      queue.splice(queue.indexOf(start), 1);
      reject(abortError());
    };
    queue.push(start);
    signal.addEventListener('abort', onAbort, { once: true });
  });
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
  const maxBytes = config.maxBytes ?? DEFAULT_MAX_BYTES;
  const origin = new URL(url).origin;

  await acquireSlot(origin, signal);
  // The timeout covers the request and reading the body, not the time spent waiting for a slot.
  const timedOut = AbortSignal.timeout(timeout);
  try {
    let response: Response;
    let responseUrl: string;
    let text: string;
    try {
      response = await (config.fetch ?? fetch)(url, {
        signal: AbortSignal.any([signal, timedOut]),
        credentials: config.credentials ?? 'omit',
        headers: { Accept: kind === 'json' ? 'application/json' : '*/*', ...config.headers },
      });
      responseUrl = response.url || url;
      text = await readBody(response, maxBytes, responseUrl);
    } catch (error) {
      if (signal.aborted) throw abortError();
      if (timedOut.aborted) throw new PostEmbedsError('timeout', `No response from ${url} within ${timeout} ms.`, { url });
      if (error instanceof PostEmbedsError) throw error;
      throw new PostEmbedsError('network', `The request to ${url} failed (network error or blocked by CORS).`, {
        url,
        cause: error,
      });
    }
    if (!response.ok) {
      throw new PostEmbedsError('http', httpErrorMessage(response, text, url), { status: response.status, url });
    }
    const body = kind === 'json' ? parseJson(text, response.headers.get('content-type') ?? '', responseUrl) : text;
    return { url: responseUrl, status: response.status, headers: response.headers, body };
  } finally {
    releaseSlot(origin);
  }
}

/** Reads the body as UTF-8 text, stopping as soon as it passes `maxBytes`. */
async function readBody(response: Response, maxBytes: number, url: string): Promise<string> {
  const tooLarge = () =>
    new PostEmbedsError('too-large', `The response from ${url} is larger than ${maxBytes} bytes.`, { url });
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function parseJson(text: string, contentType: string, url: string): unknown {
  const trimmed = text.trimStart();
  try {
    return JSON.parse(trimmed);
  } catch (error) {
    // Something that starts like JSON (or is declared JSON) but does not parse was cut short or is broken;
    // anything else (an HTML login page, a proxy error page) is simply not JSON.
    const looksJson = /json/i.test(contentType) || /^[[{"]/.test(trimmed);
    if (looksJson) {
      throw new PostEmbedsError('malformed', `The JSON from ${url} is malformed or truncated.`, { url, cause: error });
    }
    const what = /html/i.test(contentType) || trimmed.startsWith('<') ? 'an HTML page' : `"${contentType || 'no content type'}"`;
    throw new PostEmbedsError('not-json', `Expected JSON from ${url} but received ${what}.`, { url, cause: error });
  }
}

/** `HTTP 404 Not Found from …`, with the server's own message when it sent a WordPress-style error object. */
function httpErrorMessage(response: Response, text: string, url: string): string {
  let detail = '';
  try {
    const parsed = JSON.parse(text) as { message?: unknown; error?: unknown };
    const message = parsed.message ?? parsed.error;
    if (typeof message === 'string') detail = `: ${message.slice(0, 200)}`;
  } catch {
    // Not JSON: the status alone says enough.
  }
  return `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${url}${detail}`;
}
