/**
 * Hostile text for the property suites, one set of generators for what a client sends (node/fuzz.test.mjs: targets,
 * header values) and for what a shared store may hold (store/redis-chaos.test.mjs: values under the proxy's keys).
 */
import fc from 'fast-check';

/** The request targets of issue 27 that `new URL()` refuses, and their neighbours. */
export const ADVERSARIAL_TARGETS = [
  '//[',
  'http://[',
  '//a:99999/',
  'http://a:99999/oembed',
  'http://a%zz/',
  '//x%00y/',
  '//[::1',
  'http://user:pass@[::1]:0/meta',
  '/oembed?url=%E0%A4%A',
  '/meta?url=http%3A%2F%2F%5B',
  '/meta?url=%2F%2F%5B&format=xml',
  '/oembed?url=http://a:99999/&maxwidth=99999999999999999999',
  '/oembed?url=http://a.test/&maxheight=-1&format=json&format=xml',
  '/%',
  '/%%',
  '*',
  '/' + 'a'.repeat(10_000),
  '/meta?url=' + 'x'.repeat(20_000),
  '/healthz/../oembed?url=//[',
  '/constructor',
  '/__proto__',
  '/oembed?url=javascript:alert(1)',
  '/meta?url=data:text/html,<title>x',
  'http://localhost/oembed?url=http://127.0.0.1/',
  'https://[fe80::1%25eth0]/meta',
];

/** Strings that break headers and parsers: CR/LF and NUL, quotes, huge numbers as text, JSON-ish fragments. */
export const HOSTILE_STRINGS = ['"a\r\nX-Injected: 1"', 'a\nb', '\u0000', '"', '', ' ', '98203327759', 'NaN', 'Infinity', '1e400', '{"title":', '[1,2]', '<x><script>', '\uFFFF\uD800'];

/** Any text: the hostile constants, the adversarial targets, and random strings of any code unit. */
export const hostileText = (maxLength = 200) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 1, arbitrary: fc.constantFrom(...ADVERSARIAL_TARGETS.filter((target) => target.length <= maxLength)) },
    { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength }) },
  );
