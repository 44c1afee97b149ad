/**
 * Which character encoding a fetched body is in, found as browsers find it, and the body decoded with it.
 *
 * HTML (the HTML Standard's "encoding sniffing algorithm", without the user's and the locale's defaults): a byte
 * order mark, then the HTTP `charset`, then a prescan of the first 1024 bytes for `<meta charset>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`, then UTF-8. XML: a byte order mark, then the HTTP
 * `charset`, then UTF-16 told by its first bytes (XML 1.0, appendix F), then the `<?xml … encoding="…"?>`
 * declaration, then UTF-8. Labels map to encodings as the Encoding Standard says (TextDecoder knows its table);
 * the labels of its "replacement" encoding (`iso-2022-kr`, `hz-gb-2312`…) and `x-user-defined`, which
 * TextDecoder does not take, are handled here.
 *
 * Runs anywhere: no DOM, no Node built-ins, only `TextDecoder`.
 */

export type BodyKind = 'html' | 'xml';

/** Where the encoding came from: a byte order mark, the HTTP header, the document itself, or the default. */
export type EncodingSource = 'bom' | 'http' | 'document' | 'default';

export interface SniffedEncoding {
  /** The Encoding Standard's name, lower-cased as `TextDecoder.encoding` gives it (`shift_jis`, `gbk`, `utf-16le`). */
  encoding: string;
  source: EncodingSource;
}

/** How many bytes the prescan reads (the HTML Standard's advice), and so how many a streaming decoder holds back. */
export const PRESCAN_BYTES = 1024;

const REPLACEMENT_LABELS = new Set(['csiso2022kr', 'hz-gb-2312', 'iso-2022-cn', 'iso-2022-cn-ext', 'iso-2022-kr', 'replacement']);

/**
 * The Encoding Standard's "get an encoding": the encoding `label` names, or `undefined` for no encoding (or one
 * this runtime's TextDecoder cannot decode).
 */
export function encodingForLabel(label: string): string | undefined {
  const key = label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase();
  if (REPLACEMENT_LABELS.has(key)) return 'replacement';
  if (key === 'x-user-defined') return 'x-user-defined';
  try {
    return new TextDecoder(key).encoding;
  } catch {
    return undefined;
  }
}

/** The `charset` parameter of a `Content-Type` value, if any. */
export function charsetParameter(contentType: string | null | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
  return match ? (match[1] ?? match[2]) : undefined;
}

/** The encoding a byte order mark at the start of `bytes` names, and its length. */
function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/**
 * The encoding of a body whose first bytes are `prefix` (at least the first `PRESCAN_BYTES`, or all of a shorter
 * body), served with `contentType`.
 */
export function sniffEncoding(prefix: Uint8Array, contentType: string | null, kind: BodyKind): SniffedEncoding {
  const bom = bomEncoding(prefix);
  if (bom) return { encoding: bom, source: 'bom' };
  const declared = charsetParameter(contentType);
  const http = declared === undefined ? undefined : encodingForLabel(declared);
  if (http) return { encoding: http, source: 'http' };
  const head = prefix.subarray(0, PRESCAN_BYTES);
  const inDocument = kind === 'html' ? prescanHtml(head) : xmlEncoding(head);
  if (inDocument) return { encoding: inDocument, source: 'document' };
  return { encoding: 'utf-8', source: 'default' };
}

/** `bytes` decoded as browsers would: see the module's comment for the order of the clues. */
export function decodeBody(
  bytes: Uint8Array,
  contentType: string | null,
  kind: BodyKind,
): { text: string; encoding: string } {
  const { encoding } = sniffEncoding(bytes, contentType, kind);
  const decoder = createDecoder(encoding);
  return { text: decoder.decode(bytes), encoding };
}

/** What decodes chunks: a `TextDecoder`, or one of the two encodings it does not take. */
interface ChunkDecoder {
  decode(chunk?: Uint8Array, options?: { stream?: boolean }): string;
}

/** A decoder for an encoding `sniffEncoding` or `encodingForLabel` returned. */
export function createDecoder(encoding: string): ChunkDecoder {
  if (encoding === 'replacement') return replacementDecoder();
  if (encoding === 'x-user-defined') return { decode: (chunk) => decodeUserDefined(chunk) };
  return new TextDecoder(encoding);
}

/** The replacement encoding: one U+FFFD for a non-empty body, whatever its bytes (it stands for encodings that are unsafe to read). */
function replacementDecoder(): ChunkDecoder {
  let emitted = false;
  return {
    decode(chunk) {
      if (emitted || !chunk?.byteLength) return '';
      emitted = true;
      return '\uFFFD';
    },
  };
}

/** x-user-defined: ASCII as is, every other byte to U+F780 + (byte − 0x80). */
function decodeUserDefined(chunk: Uint8Array | undefined): string {
  let text = '';
  for (const byte of chunk ?? []) text += String.fromCharCode(byte < 0x80 ? byte : 0xf780 + byte - 0x80);
  return text;
}

/**
 * A decoder for a body that arrives in chunks: it holds back the first `PRESCAN_BYTES` (or the whole body when
 * shorter), sniffs, then decodes as it goes. `write` returns the text decoded so far (possibly empty), `end` the rest.
 */
export function createBodyDecoder(contentType: string | null, kind: BodyKind) {
  let held: Uint8Array[] = [];
  let heldBytes = 0;
  let decoder: ChunkDecoder | undefined;
  let encoding: string | undefined;

  const start = (): string => {
    const prefix = concatBytes(held, heldBytes);
    held = [];
    encoding = sniffEncoding(prefix, contentType, kind).encoding;
    decoder = createDecoder(encoding);
    return decoder.decode(prefix, { stream: true });
  };

  return {
    /** The encoding chosen, once the first `PRESCAN_BYTES` have arrived or the body has ended. */
    get encoding(): string | undefined {
      return encoding;
    },
    write(chunk: Uint8Array): string {
      if (decoder) return decoder.decode(chunk, { stream: true });
      held.push(chunk);
      heldBytes += chunk.byteLength;
      return heldBytes >= PRESCAN_BYTES ? start() : '';
    },
    end(): string {
      const text = decoder ? '' : start();
      return text + decoder!.decode();
    },
  };
}

/** `chunks` (of `length` bytes in all) as one array. */
export function concatBytes(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

// --- The HTML Standard's prescan -------------------------------------------------------------------------------

/** Thrown when the prescan runs out of bytes mid-construct: the HTML Standard then stops the scan. */
const END = Symbol('end of prescan');

const isSpace = (byte: number | undefined) =>
  byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d || byte === 0x20;
const isUpper = (byte: number) => byte >= 0x41 && byte <= 0x5a;
const isLetter = (byte: number | undefined) => byte !== undefined && ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a);

/** Whether `bytes` at `position` start with the ASCII `text`, ignoring ASCII case. */
function startsWith(bytes: Uint8Array, position: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const byte = bytes[position + i];
    if (byte === undefined || (isUpper(byte) ? byte | 0x20 : byte) !== text.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * "Prescan a byte stream to determine its encoding": the encoding the first `<meta>` that declares one names
 * (UTF-16 read as UTF-8, x-user-defined as windows-1252, since the prescan read ASCII bytes), else one from an XML
 * declaration, else `undefined`.
 */
export function prescanHtml(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, 0, '<\0?\0x\0')) return 'utf-16le';
  if (startsWith(bytes, 0, '\0<\0?\0x')) return 'utf-16be';
  try {
    return scanForMeta(bytes) ?? xmlDeclarationEncoding(bytes);
  } catch (error) {
    if (error === END) return xmlDeclarationEncoding(bytes);
    throw error;
  }
}

function scanForMeta(bytes: Uint8Array): string | undefined {
  const at = (position: number): number => {
    const byte = bytes[position];
    if (byte === undefined) throw END;
    return byte;
  };
  /** The position of the first `>` at or after `from`. */
  const toClosing = (from: number): number => {
    let position = from;
    while (at(position) !== 0x3e) position++;
    return position;
  };

  for (let position = 0; position < bytes.length; position++) {
    if (startsWith(bytes, position, '<!--')) {
      // The first `>` that ends a `-->` whose dashes come after the `<` (so `<!-->` is a whole comment).
      position += 2;
      while (!(at(position) === 0x3e && bytes[position - 1] === 0x2d && bytes[position - 2] === 0x2d)) position++;
    } else if (startsWith(bytes, position, '<meta') && (isSpace(bytes[position + 5]) || bytes[position + 5] === 0x2f)) {
      position += 5;
      const seen = new Set<string>();
      let gotPragma = false;
      let needPragma: boolean | undefined;
      // null: none seen yet; undefined: a label that names no encoding (the spec's failure).
      let charset: string | undefined | null = null;
      for (;;) {
        const attribute = getAttribute(bytes, position);
        if (!attribute) break;
        position = attribute.position;
        const { name, value } = attribute;
        if (seen.has(name)) continue;
        seen.add(name);
        if (name === 'http-equiv') {
          if (value === 'content-type') gotPragma = true;
        } else if (name === 'content') {
          const label = charsetFromContent(value);
          const encoding = label === undefined ? undefined : encodingForLabel(label);
          if (encoding && charset === null) {
            charset = encoding;
            needPragma = true;
          }
        } else if (name === 'charset') {
          charset = encodingForLabel(value);
          needPragma = false;
        }
      }
      position = attributeEnd(bytes, position);
      if (needPragma === undefined || (needPragma && !gotPragma) || !charset) continue;
      if (charset === 'utf-16be' || charset === 'utf-16le') return 'utf-8';
      if (charset === 'x-user-defined') return 'windows-1252';
      return charset;
    } else if (bytes[position] === 0x3c && (isLetter(bytes[position + 1]) || (bytes[position + 1] === 0x2f && isLetter(bytes[position + 2])))) {
      // Any other tag: skip its name, then its attributes.
      position += 1;
      while (!isSpace(at(position)) && at(position) !== 0x3e) position++;
      for (;;) {
        const attribute = getAttribute(bytes, position);
        if (!attribute) break;
        position = attribute.position;
      }
      position = attributeEnd(bytes, position);
    } else if (startsWith(bytes, position, '<!') || startsWith(bytes, position, '</') || startsWith(bytes, position, '<?')) {
      position = toClosing(position + 2);
    }
  }
  return undefined;
}

/** Where `getAttribute` stopped without an attribute: at the tag's `>` (the loop's `position++` steps past it). */
function attributeEnd(bytes: Uint8Array, position: number): number {
  let end = position;
  while (isSpace(bytes[end]) || bytes[end] === 0x2f) end++;
  return end;
}

/**
 * "Get an attribute": the next attribute at `start` with its name and value lower-cased, and the position after
 * it; `undefined` at the tag's `>`. Throws END when the bytes run out.
 */
function getAttribute(bytes: Uint8Array, start: number): { name: string; value: string; position: number } | undefined {
  let position = start;
  const at = (): number => {
    const byte = bytes[position];
    if (byte === undefined) throw END;
    return byte;
  };
  const lower = (byte: number) => String.fromCharCode(isUpper(byte) ? byte | 0x20 : byte);

  while (isSpace(at()) || at() === 0x2f) position++;
  if (at() === 0x3e) return undefined;
  let name = '';
  let value = '';
  // The name.
  for (;;) {
    const byte = at();
    if (byte === 0x3d && name) {
      position++;
      break;
    }
    if (isSpace(byte)) {
      while (isSpace(at())) position++;
      if (at() !== 0x3d) return { name, value, position };
      position++;
      break;
    }
    if (byte === 0x2f || byte === 0x3e) return { name, value, position };
    name += lower(byte);
    position++;
  }
  // The value.
  while (isSpace(at())) position++;
  const first = at();
  if (first === 0x22 || first === 0x27) {
    for (;;) {
      position++;
      const byte = at();
      if (byte === first) return { name, value, position: position + 1 };
      value += lower(byte);
    }
  }
  if (first === 0x3e) return { name, value, position };
  value += lower(first);
  position++;
  for (;;) {
    const byte = at();
    if (isSpace(byte) || byte === 0x3e) return { name, value, position };
    value += lower(byte);
    position++;
  }
}

/** "Extracting a character encoding from a meta element": the label after `charset=` in a `content` value. */
export function charsetFromContent(content: string): string | undefined {
  let position = 0;
  for (;;) {
    const found = content.toLowerCase().indexOf('charset', position);
    if (found < 0) return undefined;
    position = found + 'charset'.length;
    while (isSpace(content.charCodeAt(position))) position++;
    if (content[position] !== '=') continue;
    position++;
    while (isSpace(content.charCodeAt(position))) position++;
    const first = content[position];
    if (first === undefined) return undefined;
    if (first === '"' || first === "'") {
      const close = content.indexOf(first, position + 1);
      return close < 0 ? undefined : content.slice(position + 1, close);
    }
    const rest = content.slice(position);
    const end = rest.search(/[\t\n\f\r ;]/);
    return end < 0 ? rest : rest.slice(0, end);
  }
}

/**
 * "Get an XML encoding" as the HTML prescan uses it: the `encoding` of an `<?xml …?>` declaration at the very
 * start, UTF-16 read as UTF-8 (the declaration was read as ASCII).
 */
function xmlDeclarationEncoding(bytes: Uint8Array): string | undefined {
  if (!startsWith(bytes, 0, '<?xml')) return undefined;
  const close = bytes.indexOf(0x3e);
  if (close < 0) return undefined;
  const declaration = Array.from(bytes.subarray(0, close), (byte) => String.fromCharCode(byte)).join('');
  // The first `encoding`, then `=` and a quoted label, with any bytes up to 0x20 between.
  const found = declaration.indexOf('encoding');
  const match = found < 0 ? null : /^encoding[\0-\x20]*=[\0-\x20]*(?:"([^"]*)"|'([^']*)')/.exec(declaration.slice(found));
  if (!match) return undefined;
  const encoding = encodingForLabel(match[1] ?? match[2]!);
  return encoding === 'utf-16be' || encoding === 'utf-16le' ? 'utf-8' : encoding;
}

/** XML: UTF-16 without a byte order mark told by its first characters (`<?`), else the declaration's encoding. */
function xmlEncoding(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, 0, '<\0?\0')) return 'utf-16le';
  if (startsWith(bytes, 0, '\0<\0?')) return 'utf-16be';
  return xmlDeclarationEncoding(bytes);
}
