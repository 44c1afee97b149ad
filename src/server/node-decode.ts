/**
 * Content decoders for the Node transport: one node:zlib stream per `Content-Encoding` coding,
 * each producing output only as fast as it is read (node:zlib pauses a stream whose readable side
 * is full), so a compression bomb is decoded no further than its reader asks.
 */
import { Duplex, type Transform } from 'node:stream';
import zlib from 'node:zlib';
import { ProxyError } from './errors.js';

/** What the transport sends as `Accept-Encoding`: the codings `decodersFor` knows. */
export const ACCEPTED_ENCODINGS = 'gzip, deflate, br';

/** More codings than this in one `Content-Encoding` are refused (undici's own limit too). */
const MAX_CODINGS = 5;

// Lenient with truncated bodies, as browsers and curl are: what arrived is used.
const ZLIB_OPTIONS = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
const BROTLI_OPTIONS = {
  flush: zlib.constants.BROTLI_OPERATION_FLUSH,
  finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
};

/**
 * The decoders for a `Content-Encoding` header, in the order the body goes through them (the
 * codings were applied in the order listed, so they are undone from the last). A coding we do not
 * know is a 502: the body could not be read.
 */
export function decodersFor(contentEncoding: string | null): Array<Transform | Duplex> {
  const codings = (contentEncoding ?? '')
    .toLowerCase()
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding !== '' && coding !== 'identity');
  if (codings.length > MAX_CODINGS) {
    throw new ProxyError(502, 'upstream-error', `The upstream's body has ${codings.length} content codings, more than ${MAX_CODINGS}.`);
  }
  return codings.reverse().map((coding) => {
    if (coding === 'gzip' || coding === 'x-gzip') return zlib.createGunzip(ZLIB_OPTIONS);
    if (coding === 'deflate') return new InflateAny();
    if (coding === 'br') return zlib.createBrotliDecompress(BROTLI_OPTIONS);
    throw new ProxyError(
      502,
      'upstream-error',
      `The upstream's body is encoded as "${coding.slice(0, 40)}", which the proxy cannot decode (it accepts ${ACCEPTED_ENCODINGS}).`,
    );
  });
}

/**
 * `deflate` as sent in practice: zlib-wrapped as the standard says, or raw deflate as some servers
 * send it (browsers read both). Decided by the first byte (a zlib header's low nibble is 8), then
 * handed to that inflater, reading from it only as fast as this stream is read.
 */
class InflateAny extends Duplex {
  #inflater: Transform | undefined;
  #wanted = false;

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (!this.#inflater) {
      if (chunk.length === 0) return callback();
      this.#inflater = (chunk[0]! & 0x0f) === 0x08 ? zlib.createInflate(ZLIB_OPTIONS) : zlib.createInflateRaw(ZLIB_OPTIONS);
      this.#inflater.on('readable', () => this.#wanted && this.#drain());
      this.#inflater.on('end', () => this.push(null));
      this.#inflater.on('error', (error) => this.destroy(error));
    }
    // Called back once the inflater has taken the chunk, which waits for its output to be read.
    this.#inflater.write(chunk, callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    if (this.#inflater) this.#inflater.end();
    else this.push(null);
    callback();
  }

  override _read(): void {
    this.#wanted = true;
    if (this.#inflater) this.#drain();
  }

  #drain(): void {
    for (let chunk: Buffer | null; (chunk = this.#inflater!.read() as Buffer | null) !== null; ) {
      if (!this.push(chunk)) {
        this.#wanted = false;
        return;
      }
    }
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.#inflater?.destroy();
    callback(error);
  }
}
