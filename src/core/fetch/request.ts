/**
 * One request and its body: the configured transport, timeout, body size cap and credentials, a slot of the
 * origin's concurrency cap, and every failure as a `PostEmbedsError` with a stable `code` (except the caller's
 * own abort, an `AbortError`).
 */
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, getConfig } from '../config.js';
import { PostEmbedsError } from '../../shared/errors.js';
import { loadChunk } from '../chunks.js';
import { acquireSlot, releaseSlot } from './origin-slots.js';
import { looksLikeXml, type XmlBody } from './xml-body.js';

export type ResponseKind = 'json' | 'text';

export interface FetchedResource {
  /** The URL the body came from, after redirects: the base for relative URLs in it. */
  url: string;
  /**
   * Parsed JSON for `kind: 'json'` (or, when the body is XML, an `XmlBody`: a feed), the body text for
   * `kind: 'text'`.
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
  let bytes: Uint8Array;
  try {
    // Every caller may have left while it waited for its slot.
    signal.throwIfAborted();
    response = await (config.fetch ?? fetch)(url, {
      signal: AbortSignal.any([signal, timedOut]),
      credentials: config.credentials ?? 'omit',
      headers: { Accept: kind === 'json' ? 'application/json' : '*/*', ...config.headers },
    });
    bytes = await readBody(response, config.maxBytes ?? DEFAULT_MAX_BYTES, url);
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
  const contentType = response.headers.get('content-type') ?? '';
  const responseUrl = response.url || url;
  if (response.ok && kind === 'json' && looksLikeXml(bytes, contentType)) {
    // A feed: decoded as XML is (BOM, HTTP charset, XML declaration), by a chunk only such bodies load.
    const { decodeBody } = await loadChunk(import('../../shared/charset.js'));
    const body: XmlBody = { xml: decodeBody(bytes, contentType, 'xml').text };
    return { url: responseUrl, body, size: body.xml.length };
  }
  const text = new TextDecoder().decode(bytes);
  if (!response.ok) {
    throw new PostEmbedsError('http', `HTTP ${response.status} from ${url}${serverMessage(text)}`, {
      status: response.status,
      url,
    });
  }
  const body = kind === 'json' ? parseJson(text, contentType, responseUrl) : text;
  return { url: responseUrl, body, size: text.length };
}

/**
 * Reads the body's bytes, refusing it as soon as it is known to pass `maxBytes`. They are decoded once whole:
 * as UTF-8 (JSON's only encoding), or, for XML, by its own declaration.
 */
async function readBody(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  // A declared length over the cap counts as received: the body is refused unread.
  const declared = Number(response.headers.get('content-length'));
  let received = declared > maxBytes ? declared : 0;
  const chunks: Uint8Array[] = [];
  for (let chunk; received <= maxBytes && reader && !(chunk = await reader.read()).done; ) {
    received += chunk.value.byteLength;
    chunks.push(chunk.value);
  }
  if (received > maxBytes) {
    reader?.cancel().catch(() => {});
    throw new PostEmbedsError('too-large', `The response from ${url} is larger than ${maxBytes} bytes.`, { url });
  }
  if (chunks.length == 1) return chunks[0];
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) bytes.set(chunk, (offset += chunk.byteLength) - chunk.byteLength);
  return bytes;
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
