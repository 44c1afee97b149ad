/**
 * The `/image?url=…` route: a provider's thumbnail (or a photo) fetched by the proxy, so that a reader's browser
 * asks nothing of the provider before they choose to load its player. The same target policy as every route
 * (each hop, redirects included), no cookie or referrer passed on (the proxy has none to pass), and only images:
 * the type is read from the first bytes (JPEG, PNG, GIF, WebP, AVIF; never SVG, never what the upstream's
 * `Content-Type` claims), the body is capped in bytes and time, and a header declaring more pixels than
 * `maxImagePixels` (a decompression bomb) is refused. Answers are kept in the store like the others (as base64
 * text, the one form every store holds) and sent with `Cache-Control` for CDNs and `nosniff`.
 */
import { lifetime, type AnswerCache, type Served } from './cache.js';
import { ProxyError } from './errors.js';
import { readImageHeader, sniffImageType, type ImageType } from './image-header.js';
import type { ResolvedOptions } from './options.js';
import type { OEmbed } from './oembed.js';
import { serializeOEmbedXml } from './oembed-xml.js';
import { JSON_TYPE, type ReadyBody, type Representation } from './responses.js';
import type { StoredAnswer } from './store/store.js';
import { discardBody, expectSuccess, fetchUpstream, streamBody } from './upstream.js';
import { concatBytes } from '../shared/charset.js';

/** An image as stored: its sniffed type, declared size and bytes. */
export interface StoredImage {
  type: ImageType;
  width: number;
  height: number;
  /** The bytes, base64. */
  data: string;
}

const ACCEPT = 'image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.1';

/** Bytes enough to tell an image's type from its first ones. */
const SNIFF_BYTES = 16;

function refuse(message: string): ProxyError {
  return new ProxyError(422, 'invalid-upstream', message);
}

export class ImageSource {
  readonly #options: ResolvedOptions;
  readonly #cache: AnswerCache;

  constructor(options: ResolvedOptions, cache: AnswerCache) {
    this.#options = options;
    this.#cache = cache;
  }

  get(url: URL): Promise<Served<StoredImage>> {
    return this.#cache.get(`image ${url.href}`, async () => {
      const { image, cacheControl } = await this.#fetchImage(url);
      return { value: image, lifetime: lifetime(cacheControl, undefined, this.#options.cache) };
    });
  }

  async #fetchImage(url: URL): Promise<{ image: StoredImage; cacheControl: string | null }> {
    const { maxImageBytes, maxImagePixels, timeout } = this.#options;
    // One deadline for the redirects, the headers and the whole body: a slow image ends there.
    const upstream = await fetchUpstream(url, ACCEPT, this.#options, AbortSignal.timeout(timeout));
    expectSuccess(upstream);
    const declared = Number(upstream.response.headers.get('content-length'));
    if (declared > maxImageBytes) {
      discardBody(upstream.response);
      throw refuse(`The image is larger than ${maxImageBytes} bytes.`);
    }
    const chunks: Uint8Array[] = [];
    let received = 0;
    let notImage = false;
    const outcome = await streamBody(upstream.response, maxImageBytes, (chunk) => {
      const sniffing = received < SNIFF_BYTES;
      chunks.push(chunk.slice());
      received += chunk.byteLength;
      // Not an image: stop at its first bytes rather than download the rest.
      notImage = sniffing && received >= SNIFF_BYTES && !sniffImageType(concatBytes(chunks, received));
      return notImage;
    });
    if (outcome === 'truncated') throw refuse(`The image is larger than ${maxImageBytes} bytes.`);
    const bytes = concatBytes(chunks, received);
    const header = notImage ? undefined : readImageHeader(bytes);
    if (!header) throw refuse('The upstream answered with something other than a JPEG, PNG, GIF, WebP or AVIF image.');
    const { type, width, height } = header;
    if (!width || !height) throw refuse('The image header could not be read.');
    if (width * height > maxImagePixels) {
      throw refuse(`The image declares ${width}×${height} pixels, more than ${maxImagePixels}.`);
    }
    return {
      image: { type, width, height, data: toBase64(bytes) },
      cacheControl: upstream.response.headers.get('cache-control'),
    };
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Each stored image's bytes, decoded on its first request and kept as long as the stored answer. */
const readyImages = new WeakMap<StoredAnswer, ReadyBody>();

/** A served image as bytes to send: its own type (the sniffed one), the stored answer's strong ETag. */
export function readyImage(served: Served<StoredImage>): ReadyBody {
  let ready = readyImages.get(served.answer);
  if (!ready) {
    const { type, data } = served.value();
    ready = { bytes: fromBase64(data), etag: served.answer.etag, contentType: type };
    readyImages.set(served.answer, ready);
  }
  return ready;
}

/** Headers an image answer carries besides the common ones: no referrer onward, loadable by any page. */
export const IMAGE_HEADERS = {
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'cross-origin',
} as const;

/**
 * The `/image` route's URL for `url`, relative to the proxy's `/oembed` route (a sibling of `/image`):
 * clients resolve it against the answer's own URL, so it holds behind any base path or host.
 */
export const imageRoute = (url: string) => `image?url=${encodeURIComponent(url)}`;

const encoder = new TextEncoder();
/** `null`: an answer without images, sent as stored. */
const readyOEmbeds: Record<Representation, WeakMap<StoredAnswer, ReadyBody | null>> = { json: new WeakMap(), xml: new WeakMap() };

/**
 * An oEmbed answer as `/oembed` sends it when `proxyImages` is on: its thumbnail (and a photo's image) pointed at
 * `/image`. The stored answer keeps the provider's URLs (`/meta` reads them); this is made once per stored answer
 * and representation, like `readyBody()`, with an ETag of its own. `undefined` for an answer without images.
 */
export function readyOEmbedThroughImages(served: Served<OEmbed>, representation: Representation): ReadyBody | undefined {
  let ready = readyOEmbeds[representation].get(served.answer);
  if (ready === undefined) {
    const oembed = { ...served.value() };
    if (!oembed.thumbnail_url && !oembed.url) {
      readyOEmbeds[representation].set(served.answer, null);
      return undefined;
    }
    if (oembed.thumbnail_url) oembed.thumbnail_url = imageRoute(oembed.thumbnail_url);
    if (oembed.url) oembed.url = imageRoute(oembed.url);
    const etag = served.answer.etag.slice(0, -1);
    ready =
      representation === 'json'
        ? { bytes: encoder.encode(JSON.stringify(oembed)), etag: `${etag}.image"`, contentType: JSON_TYPE }
        : { bytes: encoder.encode(serializeOEmbedXml(oembed)), etag: `${etag}.image.xml"`, contentType: 'text/xml; charset=utf-8' };
    readyOEmbeds[representation].set(served.answer, ready);
  }
  return ready ?? undefined;
}
