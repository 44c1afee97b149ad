/**
 * The Node transport's `fetch`: one request through an undici dispatcher, answered as a standard
 * `Response` whose body this module decodes itself. undici's own `fetch` decodes gzip, deflate and
 * br eagerly, and goes on inflating a body it was told to cancel, so a 100 KB bomb cost its whole
 * decoded size; here each decoded chunk is produced when the reader asks for it, and cancelling
 * destroys the decoders and the upstream connection.
 */
import { pipeline, type Readable } from 'node:stream';
import type { Dispatcher } from 'undici';
import { ProxyError, toProxyError } from '../errors.js';
import type { FetchFunction } from '../options.js';
import { pulledStream } from './body.js';
import { ACCEPTED_ENCODINGS, decodersFor } from './decode.js';

/** Statuses whose responses have no body, whatever the upstream sends. */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/**
 * A `fetch` over `dispatcher`. It never follows redirects (the proxy follows them by hand, each
 * hop checked again): a 3xx is returned as it is, as with `redirect: 'manual'`. Request bodies may
 * be strings or bytes.
 */
export function dispatcherFetch(dispatcher: Dispatcher): FetchFunction {
  return async (input, init) => {
    const url = new URL(input);
    const method = (init.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = { 'accept-encoding': ACCEPTED_ENCODINGS };
    new Headers(init.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const body = init.body ?? undefined;
    if (body !== undefined && typeof body !== 'string' && !(body instanceof Uint8Array)) {
      throw new TypeError('The Node transport sends request bodies given as a string or bytes only.');
    }

    const answer = await dispatcher.request({
      origin: url.origin,
      path: url.pathname + url.search,
      method: method as Dispatcher.HttpMethod,
      headers,
      body,
      signal: init.signal ?? undefined,
    });
    const source = answer.body as unknown as Readable;
    const status = answer.statusCode;
    if (status < 200 || status > 599) {
      source.destroy();
      throw new ProxyError(502, 'upstream-error', `The upstream answered with status ${status}.`);
    }

    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(answer.headers)) {
      for (const one of Array.isArray(value) ? value : [value]) {
        try {
          if (one !== undefined) responseHeaders.append(name, one);
        } catch {
          // A value no `Headers` accepts (a control character): left out, as it could not be read anyway.
        }
      }
    }
    if (method === 'HEAD' || NULL_BODY_STATUSES.has(status)) {
      answer.body.dump().catch(() => {});
      return new Response(null, { status, headers: responseHeaders });
    }
    return new Response(decodedBody(source, responseHeaders.get('content-encoding')), { status, headers: responseHeaders });
  };
}

const bodyError = (failure: unknown) => toProxyError(failure, 'body');

/** The body as its reader pulls it, through the decoders its `Content-Encoding` names. */
function decodedBody(source: Readable, contentEncoding: string | null): ReadableStream<Uint8Array> {
  let decoders;
  try {
    decoders = decodersFor(contentEncoding);
  } catch (error) {
    // An encoding we cannot read: the body fails when read (a redirect or an error status still
    // answers as such), and is never downloaded.
    source.destroy(error as Error);
    return pulledStream(source, bodyError);
  }
  if (decoders.length === 0) return pulledStream(source, bodyError);

  // Which failed first: the connection (a timeout, a reset: each decoder is then destroyed with
  // its error) or a decoder (a body that is not what its Content-Encoding says).
  let sourceFailed = false;
  let decodeFailure: Error | undefined;
  source.once('error', () => (sourceFailed ||= decodeFailure === undefined));
  for (const decoder of decoders) decoder.once('error', (error) => sourceFailed || (decodeFailure ??= error));
  const tail = pipeline([source, ...decoders], () => {}) as unknown as Readable;
  return pulledStream(tail, (failure) =>
    failure === decodeFailure
      ? new ProxyError(502, 'upstream-error', `The upstream's body does not decode as its Content-Encoding (${contentEncoding}) says.`)
      : bodyError(failure),
  );
}
