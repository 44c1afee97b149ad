/**
 * Reads the recorded HTTP responses of the real-world corpus (test/fixtures/real/, see its SOURCES.md).
 * Most files come from oscarotero/Embed's test cache, kept byte for byte: each is a PHP array literal
 * `return ['headers' => [...], 'statusCode' => 200, 'body' => '...']` whose strings are PHP single-quoted
 * (only `\\` and `\'` are escapes). Other files are the bodies themselves, served with their extension's type.
 */
import { readFile } from 'node:fs/promises';

const TYPES = { json: 'application/json', xml: 'text/xml', html: 'text/html' };

/** A PHP single-quoted string's content, unescaped. */
const unquote = (quoted) => quoted.replace(/\\([\\'])/g, '$1');

/** `{ status, contentType, body }` of a recorded response file. */
export async function readRecorded(path) {
  const text = await readFile(path, 'utf8');
  if (!path.endsWith('.php')) {
    return { status: 200, contentType: TYPES[path.split('.').pop()] ?? 'application/octet-stream', body: text };
  }
  const body = /'body' => '((?:[^'\\]|\\.)*)'\s*\]\s*;\s*$/s.exec(text);
  if (!body) throw new Error(`${path}: no body`);
  const status = Number(/'statusCode' => (\d+)/.exec(text)?.[1] ?? 200);
  // The first content-type value (a few servers sent two).
  const type = /'content-type' => \[\s*'((?:[^'\\]|\\.)*)'/i.exec(text);
  return { status, contentType: type ? unquote(type[1]) : 'text/html', body: unquote(body[1]) };
}

/** The page or request URL a recorded file was fetched from, when it says (`Content-Location`). */
export async function recordedUrl(path) {
  const text = await readFile(path, 'utf8');
  const location = /'Content-Location' => \[\s*'((?:[^'\\]|\\.)*)'/.exec(text);
  return location ? unquote(location[1]) : undefined;
}

/**
 * web-test-runner middleware: `/real/<kind>/<file>` answers with the recorded response of
 * `test/fixtures/real/<kind>/<file>` (its status, content type and body), whatever the query.
 */
export function recordedCorpusMiddleware() {
  return async (ctx, next) => {
    const match = /^\/real\/([a-z-]+)\/([\w.@%-]+)$/.exec(ctx.path);
    if (!match) return next();
    const file = new URL(`../fixtures/real/${match[1]}/${decodeURIComponent(match[2])}`, import.meta.url);
    try {
      const { status, contentType, body } = await readRecorded(file.pathname);
      ctx.status = status;
      ctx.set('Content-Type', contentType);
      ctx.body = body;
    } catch {
      ctx.status = 404;
    }
  };
}
