/**
 * What an image file is, read from its first bytes rather than from what its server says: the type (JPEG, PNG,
 * GIF, WebP, AVIF; nothing else, SVG above all, which can carry script) and the pixel size its header declares,
 * which is what a decoder would allocate (a "decompression bomb" declares a huge one in a few bytes).
 */

export type ImageType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp' | 'image/avif';

export interface ImageHeader {
  type: ImageType;
  /** The largest width and height any header of the file declares; 0 when the header could not be read. */
  width: number;
  height: number;
}

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + ((b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!);

/** The type the first bytes announce (16 are enough), or `undefined` for anything that is not one of ours. */
export function sniffImageType(bytes: Uint8Array): ImageType | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png';
  if (/^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return 'image/gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 4, 4) === 'ftyp' && /^avi[fs]$/.test(ascii(bytes, 8, 4))) return 'image/avif';
  return undefined;
}

/** The whole file's type and declared size, or `undefined` when it is not an image of a type we serve. */
export function readImageHeader(bytes: Uint8Array): ImageHeader | undefined {
  const type = sniffImageType(bytes);
  if (!type) return undefined;
  const [width, height] = SIZE_READERS[type](bytes);
  return { type, width, height };
}

type SizeReader = (bytes: Uint8Array) => [width: number, height: number];

const SIZE_READERS: Record<ImageType, SizeReader> = {
  // IHDR is the first chunk.
  'image/png': (b) => (b.length >= 24 ? [u32be(b, 16), u32be(b, 20)] : [0, 0]),
  'image/gif': gifSize,
  'image/jpeg': jpegSize,
  'image/webp': webpSize,
  'image/avif': avifSize,
};

/**
 * The logical screen and every image descriptor's extent: a frame may declare itself far larger than the screen
 * (Pillow's `decompression_bomb.gif`: a 32×32 screen holding a 65535×65535 frame).
 */
function gifSize(b: Uint8Array): [number, number] {
  let width = u16le(b, 6);
  let height = u16le(b, 8);
  let i = 13 + (b[10]! & 0x80 ? 3 << ((b[10]! & 7) + 1) : 0);
  while (i < b.length) {
    const block = b[i];
    if (block === 0x2c) {
      // Image descriptor: left, top, width, height, flags, then an optional local colour table and the data.
      width = Math.max(width, u16le(b, i + 1) + u16le(b, i + 5));
      height = Math.max(height, u16le(b, i + 3) + u16le(b, i + 7));
      const flags = b[i + 9]!;
      i += 10 + (flags & 0x80 ? 3 << ((flags & 7) + 1) : 0) + 1;
    } else if (block === 0x21) {
      i += 2;
    } else {
      break; // the trailer, or bytes we do not understand
    }
    // Sub-blocks until the terminator.
    while (i < b.length && b[i] !== 0) i += b[i]! + 1;
    i++;
  }
  return [width, height];
}

/** The largest SOFn frame header of the file (a thumbnail in EXIF comes first and is smaller). */
function jpegSize(b: Uint8Array): [number, number] {
  let width = 0;
  let height = 0;
  for (let i = 2; i + 9 < b.length; ) {
    if (b[i] !== 0xff) {
      i++;
      continue;
    }
    const marker = b[i + 1]!;
    // Fill bytes, and markers without a length.
    if (marker === 0xff || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9)) {
      i += marker === 0xff ? 1 : 2;
      continue;
    }
    const length = u16be(b, i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      height = Math.max(height, u16be(b, i + 5));
      width = Math.max(width, u16be(b, i + 7));
    }
    if (marker === 0xda) break; // scan data follows: no header after it that we need
    i += 2 + length;
  }
  return [width, height];
}

function webpSize(b: Uint8Array): [number, number] {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X') return [u24le(b, 24) + 1, u24le(b, 27) + 1];
  if (chunk === 'VP8L') {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return [(bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1];
  }
  if (chunk === 'VP8 ') return [u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff];
  return [0, 0];
}

/** Every `ispe` (image spatial extent) property of the file: the largest. */
function avifSize(b: Uint8Array): [number, number] {
  let width = 0;
  let height = 0;
  for (let i = b.indexOf(0x69); i >= 0 && i + 16 <= b.length; i = b.indexOf(0x69, i + 1)) {
    if (ascii(b, i, 4) !== 'ispe') continue;
    width = Math.max(width, u32be(b, i + 8));
    height = Math.max(height, u32be(b, i + 12));
  }
  return [width, height];
}
