/**
 * The proxy's answers as plain data (status, headers, body): the Fetch API handler wraps them in a
 * `Response`, the Node listener writes them straight to the socket.
 */
import type { CacheOutcome, Served } from './cache.js';
import type { ProxyError } from './errors.js';
import type { OEmbed } from './oembed.js';
import { serializeOEmbedXml } from './oembed-xml.js';
import type { StoredAnswer } from './store/store.js';

export interface ProxyAnswer {
  status: number;
  headers: Record<string, string>;
  /**
   * `null` for answers without a body (204, 304, HEAD). Answers from the cache carry their ready
   * UTF-8 bytes, the same `Uint8Array` for every request served from one stored answer: write it, never
   * change it.
   */
  body: string | Uint8Array<ArrayBuffer> | null;
  /** For the access log: the route that answered, whether from the cache, and the upstream host. */
  route?: string;
  cache?: CacheOutcome;
  upstream?: string;
}

/** Sent with every answer: these are data, never documents to render or sniff. */
const BASE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

export const JSON_TYPE = 'application/json; charset=utf-8';

export function bodyAnswer(status: number, body: string, contentType: string, headers: Record<string, string> = {}): ProxyAnswer {
  return { status, headers: { ...BASE_HEADERS, 'content-type': contentType, ...headers }, body };
}

export function jsonAnswer(status: number, body: unknown, headers: Record<string, string> = {}): ProxyAnswer {
  return bodyAnswer(status, JSON.stringify(body), JSON_TYPE, headers);
}

export function errorAnswer(error: ProxyError, headers: Record<string, string> = {}): ProxyAnswer {
  return jsonAnswer(error.status, { error: error.code, message: error.message }, { 'cache-control': 'no-store', ...headers });
}

/** A stored answer in one representation, ready to send: its UTF-8 bytes, their strong ETag, its type. */
export interface ReadyBody {
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
  contentType: string;
}

export type Representation = 'json' | 'xml';

const encoder = new TextEncoder();
/**
 * Each stored answer's representations, made on its first request and kept as long as the answer
 * itself (a store that keeps the same object, the memory store or the Redis near cache, pays for the
 * encoding once; one that reads a new object each time pays for it each time).
 */
const readyBodies: Record<Representation, WeakMap<StoredAnswer, ReadyBody>> = { json: new WeakMap(), xml: new WeakMap() };

/**
 * A served answer as JSON (its stored text) or, an oEmbed, as oEmbed XML (made from its value),
 * encoded once per stored answer: the edge, where answers become bytes.
 */
export function readyBody(served: Served<OEmbed>, representation: Representation): ReadyBody;
export function readyBody(served: Served<unknown>, representation: 'json'): ReadyBody;
export function readyBody(served: Served<unknown>, representation: Representation): ReadyBody {
  const stored = served.answer;
  let ready = readyBodies[representation].get(stored);
  if (!ready) {
    ready =
      representation === 'json'
        ? { bytes: encoder.encode(stored.body), etag: stored.etag, contentType: JSON_TYPE }
        : {
            bytes: encoder.encode(serializeOEmbedXml(served.value() as OEmbed)),
            // The XML is made from the JSON alone: one JSON, one XML, so the tag derives from it.
            etag: `${stored.etag.slice(0, -1)}.xml"`,
            contentType: 'text/xml; charset=utf-8',
          };
    readyBodies[representation].set(stored, ready);
  }
  return ready;
}

/**
 * A cached answer in one representation, with what a CDN needs to cache it: `Cache-Control` from
 * the upstream's remaining lifetime, the strong `ETag`, and `304` when the client's `If-None-Match`
 * names it.
 */
export function storedBodyAnswer(stored: StoredAnswer, ready: ReadyBody, ifNoneMatch: string | undefined): ProxyAnswer {
  // A literal rather than a spread of BASE_HEADERS: this runs for every cached answer (the fast path).
  const headers: Record<string, string> = {
    'x-content-type-options': BASE_HEADERS['x-content-type-options'],
    'content-security-policy': BASE_HEADERS['content-security-policy'],
    'content-type': ready.contentType,
    etag: ready.etag,
    'cache-control': cacheControl(stored, Date.now()),
  };
  if (ifNoneMatch !== undefined && matchesEtag(ifNoneMatch, ready.etag)) return { status: 304, headers, body: null };
  return { status: 200, headers, body: ready.bytes };
}

/**
 * `public, max-age, s-maxage, stale-while-revalidate` from what is left of the answer's lifetime
 * (browsers and CDNs alike: a CDN then keeps it exactly as long as the proxy would); a stale answer
 * says `max-age=0` with the stale window left; `no-store` when the upstream allows no caching.
 */
export function cacheControl({ freshUntil, staleUntil }: StoredAnswer, now: number): string {
  if (staleUntil <= now) return 'no-store';
  const fresh = Math.max(0, Math.ceil((freshUntil - now) / 1000));
  const stale = Math.ceil((staleUntil - Math.max(now, freshUntil)) / 1000);
  return `public, max-age=${fresh}, s-maxage=${fresh}, stale-while-revalidate=${stale}`;
}

/** `If-None-Match` against a strong ETag: the weak comparison RFC 9110 prescribes for it, or `*`. */
export function matchesEtag(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * CORS headers for a request, added to `headers`: `*` by default; with an allow-list, the request's
 * `Origin` echoed when listed (and nothing otherwise, so browsers withhold the answer from other
 * pages). Only an allow-list makes the answer depend on `Origin`, so only then is there a `Vary`.
 */
export function addCorsHeaders(
  headers: Record<string, string>,
  origin: string | undefined,
  allowOrigin: '*' | ReadonlySet<string>,
): void {
  if (allowOrigin === '*') {
    headers['access-control-allow-origin'] = '*';
    return;
  }
  if (origin && allowOrigin.has(origin)) headers['access-control-allow-origin'] = origin;
  headers.vary = 'Origin';
}

/** A header field name (an RFC 9110 token). */
const FIELD_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * The answer to a CORS preflight: GET only, whatever headers the page's `fetch` adds. Only the
 * requested names that are header names are echoed: the rest of what a client sent there (bytes
 * past ASCII, a U+2028 some readers take for a line break) never reaches a header of the answer.
 */
export function preflightHeaders(requestedHeaders: string | undefined): Record<string, string> {
  const names = (requestedHeaders ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => FIELD_NAME.test(name));
  return {
    'access-control-allow-methods': 'GET, HEAD, OPTIONS',
    ...(names.length ? { 'access-control-allow-headers': names.join(', ') } : {}),
    'access-control-max-age': '86400',
  };
}
