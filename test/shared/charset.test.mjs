// The encoding sniffing of src/shared/charset.ts against public test suites (test/fixtures/real/charset/,
// SOURCES.md): html5lib-tests' encoding cases, and real pages and feeds in Shift_JIS, ISO-2022-JP, GB2312/GBK,
// ISO-8859-2, windows-1256 and UTF-16 copied byte for byte from nokogiri, jsoup and chardet. Reads the build
// (dist/, from `tsc -p src/server/tsconfig.json`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  createBodyDecoder,
  decodeBody,
  encodingForLabel,
  sniffEncoding,
} from '../../dist/shared/charset.js';

const DIR = new URL('../fixtures/real/charset/', import.meta.url);
const bytesOf = (name) => new Uint8Array(readFileSync(new URL(name, DIR)));
const titleOf = (text) => /<title>([^<]*)<\/title>/i.exec(text)?.[1];

/**
 * html5lib-tests' `.dat` encoding cases: `#data` (the document's bytes; the files mix encodings, so each byte is
 * read as one latin1 character) and `#encoding` (the label expected).
 */
function html5libCases(name) {
  const text = readFileSync(new URL(name, DIR), 'latin1');
  return text
    .split(/^#data\n/m)
    .slice(1)
    .map((block) => {
      const [data, rest] = block.split(/\n#encoding\n/);
      return { data, bytes: Uint8Array.from(data, (c) => c.charCodeAt(0)), expected: rest.split('\n')[0].trim() };
    });
}

describe('charset: html5lib-tests encoding cases (prescan of <meta>)', () => {
  for (const file of ['html5lib-tests1.dat', 'html5lib-tests2.dat', 'html5lib-test-yahoo-jp.dat']) {
    const cases = html5libCases(file);
    // Seven cases of tests1.dat declare the charset after 2 to 8 KB of comment or script: html5lib's parser
    // changes its encoding mid-parse there; the prescan, as browsers and this proxy run it, reads 1024 bytes.
    const late = cases.filter(({ data }) => data.toLowerCase().indexOf('charset') > 1024);
    it(`${file}: ${cases.length - late.length} cases, the label found${late.length ? ` (and ${late.length} declared past 1024 bytes: not read)` : ''}`, () => {
      assert.ok(cases.length > 0);
      const failures = [];
      for (const { data, bytes, expected } of cases) {
        const { encoding, source } = sniffEncoding(bytes, null, 'html');
        // The suites assume a browser whose default is windows-1252; ours is UTF-8 (the proxy serves no locale).
        const found = source === 'default' ? 'windows-1252' : encoding;
        const wanted = late.some((c) => c.data === data) ? 'windows-1252' : encodingForLabel(expected);
        if (found !== wanted) failures.push(`${JSON.stringify(data.slice(0, 120))}: ${found}, expected ${wanted}`);
      }
      assert.deepEqual(failures, []);
    });
  }
});

describe('charset: real pages and feeds', () => {
  const pages = [
    // [file, content type the origin sends, kind, encoding, title]
    ['nokogiri-shift_jis.html', 'text/html', 'html', 'shift_jis', 'こんにちは！'],
    ['nokogiri-2ch.html', 'text/html', 'html', 'shift_jis', '２ちゃんねる掲示板へようこそ'],
    ['nokogiri-metacharset.html', 'text/html', 'html', 'iso-2022-jp', 'たこ焼き仮面'],
    ['jsoup-bom_utf16be.html', 'text/html', 'html', 'utf-16be', 'UTF-16BE Encoded Korean Page with BOM'],
    ['jsoup-bom_utf16le.html', 'text/html', 'html', 'utf-16le', 'UTF-16LE Encoded Korean Page with BOM'],
    // A BOM beats the header's charset.
    ['jsoup-bom_utf16le.html', 'text/html; charset=iso-8859-1', 'html', 'utf-16le', 'UTF-16LE Encoded Korean Page with BOM'],
    // These pages declare nothing: the header tells.
    ['chardet-windows-1256-chromium.html', 'text/html; charset=windows-1256', 'html', 'windows-1256', ' windows-1256 '],
    ['chardet-gb18030-chromium.html', 'text/html; charset=gb2312', 'html', 'gbk', '中国制造的领军者3名'],
    ['nokogiri-shift_jis.xml', 'text/xml', 'xml', 'shift_jis', undefined],
    ['chardet-gb2312-cnblog.org.xml', 'application/xml', 'xml', 'gbk', 'CNBlog:Blog On Blog'],
    ['chardet-iso-8859-2-hirtv.hu.xml', 'text/xml', 'xml', 'iso-8859-2', 'HírTV'],
  ];
  for (const [file, contentType, kind, encoding, title] of pages) {
    it(`${file} (${contentType}): ${encoding}${title ? `, title ${JSON.stringify(title)}` : ''}`, () => {
      const decoded = decodeBody(bytesOf(file), contentType, kind);
      assert.equal(decoded.encoding, encoding);
      if (title) assert.equal(titleOf(decoded.text), title);
      assert.ok(!decoded.text.includes('\uFFFD'), 'no replacement characters');
    });
  }

  it('reads the characters past the title too (Shift_JIS, GBK, ISO-8859-2)', () => {
    assert.match(decodeBody(bytesOf('nokogiri-shift_jis.xml'), null, 'xml').text, /<hi_again>こんにちは<\/hi_again>/);
    assert.match(decodeBody(bytesOf('jsoup-meta-charset-1.html'), null, 'html').text, /<body>新<\/body>/);
    assert.match(decodeBody(bytesOf('chardet-gb2312-cnblog.org.xml'), null, 'xml').text, /<title>Picostation的PicoBlogger是 一个能让S/);
    assert.match(decodeBody(bytesOf('chardet-iso-8859-2-hirtv.hu.xml'), null, 'xml').text, /<description>HírTV<\/description>/);
  });

  it('decodes the same whatever the chunks (one byte at a time, or all at once)', () => {
    for (const [file, contentType, kind] of pages) {
      const bytes = bytesOf(file);
      const decoder = createBodyDecoder(contentType, kind);
      let text = '';
      for (let i = 0; i < bytes.length; i++) text += decoder.write(bytes.subarray(i, i + 1));
      text += decoder.end();
      assert.equal(text, decodeBody(bytes, contentType, kind).text, file);
      assert.equal(decoder.encoding, decodeBody(bytes, contentType, kind).encoding, file);
    }
  });
});

describe('charset: the order of the clues and the special labels', () => {
  const ascii = (text) => new TextEncoder().encode(text);
  // "مرحبا" in windows-1256, the bytes an Arabic page in that encoding carries.
  const marhaba = [0xe3, 0xd1, 0xcd, 0xc8, 0xc7];
  const arabicPage = (head) => new Uint8Array([...ascii(`${head}<title>`), ...marhaba, ...ascii('</title>')]);

  it('<meta charset>, <meta http-equiv> and the header name windows-1256', () => {
    for (const [head, contentType] of [
      ['<meta charset="windows-1256">', 'text/html'],
      ['<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">', 'text/html'],
      ['<meta charset=utf-8>', 'text/html; charset=windows-1256'],
    ]) {
      assert.equal(titleOf(decodeBody(arabicPage(head), contentType, 'html').text), 'مرحبا', head);
    }
  });

  it('an unknown header label falls through to the page; an unknown meta label is skipped', () => {
    const page = arabicPage('<meta charset="klingon"><meta charset="cp1256">');
    assert.equal(decodeBody(page, 'text/html; charset=x-unknown', 'html').encoding, 'windows-1256');
  });

  it('a content attribute needs http-equiv="content-type"; a charset attribute does not', () => {
    assert.equal(decodeBody(arabicPage('<meta content="charset=windows-1256">'), null, 'html').encoding, 'utf-8');
  });

  it('meta: UTF-16 labels read as UTF-8, x-user-defined as windows-1252, replacement labels as U+FFFD', () => {
    assert.equal(decodeBody(ascii('<meta charset="utf-16le"><p>a'), null, 'html').encoding, 'utf-8');
    assert.equal(decodeBody(ascii('<meta charset="x-user-defined"><p>a'), null, 'html').encoding, 'windows-1252');
    const replaced = decodeBody(ascii('<meta charset="iso-2022-kr"><title>a</title>'), null, 'html');
    assert.deepEqual(replaced, { text: '\uFFFD', encoding: 'replacement' });
  });

  it('header: x-user-defined maps the high bytes to U+F780…, replacement labels give one U+FFFD', () => {
    assert.equal(decodeBody(new Uint8Array([0x41, 0x80, 0xff]), 'text/html; charset=x-user-defined', 'html').text, 'A\uF780\uF7FF');
    assert.equal(decodeBody(ascii('<p>hi'), 'text/html; charset="hz-gb-2312"', 'html').text, '\uFFFD');
    assert.equal(decodeBody(new Uint8Array(), 'text/html; charset=hz-gb-2312', 'html').text, '');
  });

  it('a <meta> past the first 1024 bytes is not read', () => {
    const page = arabicPage(`<!--${'x'.repeat(1024)}--><meta charset="windows-1256">`);
    assert.equal(decodeBody(page, null, 'html').encoding, 'utf-8');
  });

  it('comments, other tags and their attributes hide what looks like a meta', () => {
    assert.equal(decodeBody(ascii('<!-- <meta charset=windows-1256> --><p>'), null, 'html').encoding, 'utf-8');
    assert.equal(decodeBody(ascii('<div title="<meta charset=windows-1256>"><p>'), null, 'html').encoding, 'utf-8');
    assert.equal(decodeBody(ascii('<!-->< meta charset=windows-1256>'), null, 'html').encoding, 'utf-8');
    assert.equal(decodeBody(ascii('<!--><meta charset=windows-1256>'), null, 'html').encoding, 'windows-1256');
  });

  it('XML: the declaration, UTF-16 told by its first bytes, the header first', () => {
    const xml = (label) => new Uint8Array([...ascii(`<?xml version="1.0" encoding='${label}'?><oembed><title>`), ...marhaba, ...ascii('</title></oembed>')]);
    assert.equal(titleOf(decodeBody(xml('windows-1256'), 'text/xml', 'xml').text), 'مرحبا');
    assert.equal(decodeBody(xml('windows-1256'), 'text/xml; charset=utf-8', 'xml').encoding, 'utf-8');
    const utf16 = new Uint8Array([...'<?xml version="1.0"?><a/>'].flatMap((c) => [c.charCodeAt(0), 0]));
    assert.deepEqual(decodeBody(utf16, null, 'xml'), { text: '<?xml version="1.0"?><a/>', encoding: 'utf-16le' });
    // A UTF-16 label in an ASCII-readable declaration is a mistake: read as UTF-8.
    assert.equal(decodeBody(ascii('<?xml version="1.0" encoding="UTF-16"?><a/>'), null, 'xml').encoding, 'utf-8');
    // JSON has no declaration: the header or UTF-8.
    assert.equal(decodeBody(ascii('{"title":"a"}'), 'application/json', 'xml').encoding, 'utf-8');
  });

  it('a UTF-8 BOM is dropped from the text', () => {
    assert.deepEqual(decodeBody(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'text/html; charset=shift_jis', 'html'), { text: 'a', encoding: 'utf-8' });
  });
});
