/**
 * One request and its body: the configured transport, timeout, body size cap and credentials, a slot of the
 * origin's concurrency cap, and every failure as a `PostEmbedsError` with a stable `code` (except the caller's
 * own abort, an `AbortError`).
 */
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, getConfig } from '../config.js';
import { PostEmbedsError } from '../../shared/errors.js';
import { acquireSlot, releaseSlot } from './origin-slots.js';
import { XmlBody } from './xml-body.js';

export type ResponseKind = 'json' | 'text';

export interface FetchedResource {
  /** The URL the body came from, after redirects: the base for relative URLs in it. */
  url: string;
  /**
   * Parsed JSON for `kind: 'json'` (or, when the body is an XML document, a feed, an `XmlBody`), the body text
   * for `kind: 'text'`.
   */
  body: unknown;
  /** The body's length as text: what it counts for in the cache's bound. */
  size?: number;
}

export const abortError = () => new DOMException('The request was aborted.', 'AbortError');

export async function request(url: string, kind: ResponseKind, signal: AbortSignal): Promise<FetchedResource> {
  const config = getConfig();
  const timeout = config.timeout ?? DEFAULT_TIMEOUT;
  const origin = new URL(url).origin;

  await acquireSlot(origin);
  // The timeout covers the request and reading the body, not the time spent waiting for a slot.
  const timedOut = AbortSignal.timeout(timeout);
  let response: Response;
  let text: string;
  // The body's bytes as they came, for a body that is XML: decoded again by its own declaration.
  const chunks: Uint8Array[] = [];
  try {
    // Every caller may have left while it waited for its slot.
    signal.throwIfAborted();
    response = await (config.fetch ?? fetch)(url, {
      signal: AbortSignal.any([signal, timedOut]),
      credentials: config.credentials ?? 'omit',
      headers: { Accept: kind === 'json' ? 'application/json' : '*/*', ...config.headers },
    });
    text = await readBody(response, config.maxBytes ?? DEFAULT_MAX_BYTES, url, chunks);
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
  const body = kind === 'json' ? parseJson(text, response.headers.get('content-type') ?? '', responseUrl, chunks) : text;
  return { url: responseUrl, body, size: text.length };
}

/** Reads the body as UTF-8 text (keeping its bytes in `chunks`), refusing it as soon as it is known to pass `maxBytes`. */
async function readBody(response: Response, maxBytes: number, url: string, chunks: Uint8Array[]): Promise<string> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  // A declared length over the cap counts as received: the body is refused unread.
  const declared = Number(response.headers.get('content-length'));
  let received = declared > maxBytes ? declared : 0;
  let text = '';
  for (let chunk; received <= maxBytes && reader && !(chunk = await reader.read()).done; ) {
    received += chunk.value.byteLength;
    chunks.push(chunk.value);
    text += decoder.decode(chunk.value, { stream: true });
  }
  if (received > maxBytes) {
    reader?.cancel().catch(() => {});
    throw new PostEmbedsError('too-large', `The response from ${url} is larger than ${maxBytes} bytes.`, { url });
  }
  return text + decoder.decode();
}

/**
 * The body as JSON; or, when it is XML and no HTML page (a feed), its bytes (`XmlBody`), which the feed reader
 * decodes by the XML's own declaration.
 */
function parseJson(text: string, contentType: string, url: string, chunks: Uint8Array[]): unknown {
  const trimmed = text.trimStart();
  try {
    return JSON.parse(trimmed);
  } catch (cause) {
    // Something that starts like JSON (or is declared JSON) but does not parse was cut short or is broken;
    // anything else (an HTML login page, a proxy error page) is simply not JSON.
    if (/json/i.test(contentType) || /^[[{"]/.test(trimmed)) {
      throw new PostEmbedsError('malformed', `The JSON from ${url} is malformed or truncated.`, { url, cause });
    }
    const html = /html/i.test(contentType);
    if (!html && trimmed[0] == '<') return new XmlBody(chunks, contentType);
    throw new PostEmbedsError('not-json', `Expected JSON from ${url}, received ${html ? 'an HTML page' : contentType || 'no content type'}.`, { url, cause });
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
