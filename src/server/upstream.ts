/**
 * Talking to upstreams: redirects followed by hand so each hop is re-checked, statuses and content
 * types checked, bodies streamed and cut at a byte cap. Runtime-neutral: the transport is injected.
 */
import { concatBytes, decodeBody, type BodyKind } from '../shared/charset.js';
import { ProxyError, toProxyError } from './errors.js';
import type { ResolvedOptions } from './options.js';
import { checkTarget } from './target-policy.js';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface UpstreamResponse {
  /** The URL that finally answered, after redirects: relative links resolve against it. */
  url: URL;
  response: Response;
}

/**
 * GETs `url`, following at most `maxRedirects` redirects; every hop passes `checkTarget` before
 * it is requested. `signal` carries the caller's total timeout.
 */
export async function fetchUpstream(
  url: URL,
  accept: string,
  options: ResolvedOptions,
  signal: AbortSignal,
): Promise<UpstreamResponse> {
  let current = url;
  for (let redirects = 0; ; redirects++) {
    checkTarget(current, options.policy);
    const response = await options
      .fetch(current.href, { redirect: 'manual', signal, headers: { accept, 'user-agent': options.userAgent } })
      .catch(rethrowAsProxyError);
    const location = REDIRECT_STATUSES.has(response.status) ? response.headers.get('location') : null;
    if (location === null) return { url: current, response };
    discardBody(response);
    if (redirects === options.maxRedirects) {
      throw new ProxyError(502, 'upstream-error', `More than ${options.maxRedirects} redirects.`);
    }
    current = parseRedirect(location, current);
  }
}

function parseRedirect(location: string, base: URL): URL {
  try {
    return new URL(location, base);
  } catch {
    throw new ProxyError(502, 'upstream-error', 'The upstream redirected to an invalid URL.');
  }
}

/** Throws the matching `ProxyError` for a non-2xx upstream status (404/410 → 404, others → 502). */
export function expectSuccess({ response }: UpstreamResponse): void {
  if (response.ok) return;
  discardBody(response);
  if (response.status === 404 || response.status === 410) {
    throw new ProxyError(404, 'not-found', `The upstream answered ${response.status}.`);
  }
  throw new ProxyError(502, 'upstream-error', `The upstream answered ${response.status}.`);
}

/** The lower-cased media type of a response (`text/html`), without parameters. */
export function mediaType(response: Response): string {
  return (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Streams a body into `onChunk` until it ends, `onChunk` returns `true` (enough read), or
 * `maxBytes` have been delivered. The rest is never downloaded: the stream is cancelled, which
 * releases the connection. Returns `'truncated'` when the body was longer than `maxBytes`.
 */
export async function streamBody(
  response: Response,
  maxBytes: number,
  onChunk: (chunk: Uint8Array) => boolean | void,
): Promise<'complete' | 'stopped' | 'truncated'> {
  if (!response.body) return 'complete';
  const reader = response.body.getReader();
  let received = 0;
  try {
    for (;;) {
      const { value, done } = await reader.read().catch(rethrowAsProxyError);
      if (done) return 'complete';
      const room = maxBytes - received;
      received += value.byteLength;
      if (value.byteLength > room) {
        onChunk(value.subarray(0, room));
        return 'truncated';
      }
      if (onChunk(value) === true) return 'stopped';
    }
  } finally {
    reader.cancel().catch(ignore);
  }
}

/** Drops a body we will not read, so its connection is released rather than left half-read. */
export function discardBody(response: Response): void {
  response.body?.cancel().catch(ignore);
}

function ignore(): void {}

function rethrowAsProxyError(error: unknown): never {
  throw toProxyError(error);
}

/**
 * The whole body as text, or a 422 when it is longer than `maxBytes`. Decoded in the encoding a browser would
 * choose for a document of that `kind` (`src/shared/charset.ts`): byte order mark, HTTP charset, the document's
 * own declaration, UTF-8.
 */
export async function readCappedText(response: Response, maxBytes: number, kind: BodyKind): Promise<string> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const outcome = await streamBody(response, maxBytes, (chunk) => {
    chunks.push(chunk);
    length += chunk.byteLength;
  });
  if (outcome === 'truncated') {
    throw new ProxyError(422, 'invalid-upstream', `The upstream response is larger than ${maxBytes} bytes.`);
  }
  return decodeBody(concatBytes(chunks, length), response.headers.get('content-type'), kind).text;
}
