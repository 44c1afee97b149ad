/**
 * Content decoders for the Node transport: one node:zlib stream per `Content-Encoding` coding,
 * each producing output only as fast as it is read (node:zlib pauses a stream whose readable side
 * is full), so a compression bomb is decoded no further than its reader asks, give or take the
 * decoder's window: 32 KB for gzip and deflate, up to 16 MB for brotli, whose decoder fills its
 * whole window before it pauses. That is why `br` is not asked for, and why the brotli bodies an
 * upstream sends all the same are decoded within a budget of window memory shared by the process.
 */
import { Duplex, type Transform } from 'node:stream';
import zlib from 'node:zlib';
import { ProxyError } from '../errors.js';

/** What the transport sends as `Accept-Encoding`: the codings whose decoders stay small. */
export const ACCEPTED_ENCODINGS = 'gzip, deflate';

/** More codings than this in one `Content-Encoding` are refused (undici's own limit too). */
const MAX_CODINGS = 5;

/** Brotli window memory decoding at once in this process; a body beyond it waits for room. */
export const BROTLI_WINDOW_BUDGET = 16 * 1024 * 1024;

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
    if (coding === 'deflate') return new LazyDecoder(inflaterFor);
    if (coding === 'br') return new LazyDecoder(budgetedBrotli);
    throw new ProxyError(
      502,
      'upstream-error',
      `The upstream's body is encoded as "${coding.slice(0, 40)}", which the proxy cannot decode (it reads gzip, deflate and br).`,
    );
  });
}

/**
 * `deflate` as sent in practice: zlib-wrapped as the standard says, or raw deflate as some servers
 * send it (browsers read both), told apart by the first byte (a zlib header's low nibble is 8).
 */
function inflaterFor(first: Buffer): Transform {
  return (first[0]! & 0x0f) === 0x08 ? zlib.createInflate(ZLIB_OPTIONS) : zlib.createInflateRaw(ZLIB_OPTIONS);
}

/** The brotli window a stream declares in its first byte (RFC 7932, 9.1), in bytes. */
export function brotliWindowBytes(first: number): number {
  let bits = 16;
  if (first & 1) {
    const high = (first >> 1) & 7;
    const low = (first >> 4) & 7;
    // 30: the large-window extension, which the decoder refuses; counted as the whole budget.
    bits = high ? 17 + high : low === 0 ? 17 : low === 1 ? 30 : 8 + low;
  }
  return 2 ** bits;
}

let brotliWindowsInUse = 0;
const waitingForRoom: Array<{ bytes: number; start: () => void }> = [];

/** Brotli window bytes decoding now (for tests and metrics). */
export function brotliWindowBytesInUse(): number {
  return brotliWindowsInUse;
}

/**
 * Room for `bytes` of brotli window: `ready` once it is granted (at once, or when bodies decoding
 * before it are done: first come, first served); `release()` gives it back, or leaves the queue.
 */
function reserveBrotliWindow(bytes: number): { ready: Promise<void>; release: () => void } {
  let state: 'waiting' | 'granted' | 'released' = 'waiting';
  let grant!: () => void;
  const ready = new Promise<void>((resolve) => (grant = resolve));
  const entry = {
    bytes,
    start: () => {
      state = 'granted';
      brotliWindowsInUse += bytes;
      grant();
    },
  };
  waitingForRoom.push(entry);
  startWaiting();
  return {
    ready,
    release: () => {
      if (state === 'granted') brotliWindowsInUse -= bytes;
      else if (state === 'waiting') waitingForRoom.splice(waitingForRoom.indexOf(entry), 1);
      state = 'released';
      startWaiting();
    },
  };
}

function startWaiting(): void {
  while (waitingForRoom.length && brotliWindowsInUse + waitingForRoom[0]!.bytes <= BROTLI_WINDOW_BUDGET) {
    waitingForRoom.shift()!.start();
  }
}

/** A brotli decoder once its declared window fits in the budget; the room is given back on `release`. */
function budgetedBrotli(first: Buffer): { ready: Promise<Transform>; release: () => void } {
  const room = reserveBrotliWindow(Math.min(brotliWindowBytes(first[0]!), BROTLI_WINDOW_BUDGET));
  return { ready: room.ready.then(() => zlib.createBrotliDecompress(BROTLI_OPTIONS)), release: room.release };
}

/** A decoder for a body whose first chunk is `first`, now or once `ready`. */
type DecoderFactory = (first: Buffer) => Transform | { ready: Promise<Transform>; release: () => void };

/**
 * A decoder chosen (and perhaps waited for) from the body's first bytes, then handed the body,
 * read from only as fast as this stream is read.
 */
class LazyDecoder extends Duplex {
  #inner: Transform | undefined;
  #wanted = false;
  #release = (): void => {};

  constructor(private readonly create: DecoderFactory) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (this.#inner) return void this.#inner.write(chunk, callback);
    if (chunk.length === 0) return callback();
    const begin = (inner: Transform): void => {
      if (this.destroyed) {
        inner.destroy();
        return callback();
      }
      this.#inner = inner;
      inner.on('readable', () => this.#wanted && this.#drain());
      inner.on('end', () => this.push(null));
      inner.on('error', (error) => this.destroy(error));
      // Called back once the decoder has taken the chunk, which waits for its output to be read.
      inner.write(chunk, callback);
    };
    const created = this.create(chunk);
    if ('ready' in created) {
      this.#release = created.release;
      void created.ready.then(begin);
    } else {
      begin(created);
    }
  }

  override _final(callback: (error?: Error | null) => void): void {
    if (this.#inner) this.#inner.end();
    else this.push(null);
    callback();
  }

  override _read(): void {
    this.#wanted = true;
    if (this.#inner) this.#drain();
  }

  #drain(): void {
    for (let chunk: Buffer | null; (chunk = this.#inner!.read() as Buffer | null) !== null; ) {
      if (!this.push(chunk)) {
        this.#wanted = false;
        return;
      }
    }
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.#inner?.destroy();
    this.#release();
    callback(error);
  }
}
