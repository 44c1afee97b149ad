/**
 * Reads the recorded HTTP responses of the real-world corpus (test/fixtures/real/, see its SOURCES.md).
 * Most files come from oscarotero/Embed's test cache, kept byte for byte: each is a PHP array literal
 * `return ['headers' => [...], 'statusCode' => 200, 'body' => '...']` whose strings are PHP single-quoted
 * (only `\\` and `\'` are escapes). `.yml` files are Ruby VCR cassettes and `.yaml` files Python vcrpy
 * cassettes (recorded HTTP interactions, a YAML list), also kept as recorded: `<file>.yml@<n>` (or
 * `.yaml@<n>`) names the cassette's n-th interaction (from 0). Other files are the bodies themselves, served
 * with their extension's type.
 */
import { readFile } from 'node:fs/promises';
import yaml from 'js-yaml';

const TYPES = { json: 'application/json', xml: 'text/xml', html: 'text/html' };

/** A PHP single-quoted string's content, unescaped. */
const unquote = (quoted) => quoted.replace(/\\([\\'])/g, '$1');

/**
 * Old VCR cassettes tag their mappings `!ruby/struct:VCR::…` and base64 bodies `!binary`: read as plain
 * mappings and text. Newer ones (`http_interactions:`) are plain YAML with `body: { string }`.
 */
const CASSETTE_SCHEMA = yaml.DEFAULT_SCHEMA.extend([
  new yaml.Type('!ruby/struct:', { kind: 'mapping', multi: true, construct: (data) => data ?? {} }),
  new yaml.Type('!binary', { kind: 'scalar', construct: (data) => Buffer.from(String(data).replace(/\s/g, ''), 'base64').toString('utf8') }),
]);

/** Parsed cassettes by path (a cassette is a few MB and serves many requests). */
const cassettes = new Map();

/**
 * The interactions `[{ request: { uri }, response: { status, headers, body } }]` of a cassette: Ruby VCR's
 * list or `http_interactions:`, vcrpy's `interactions:` (whose responses recorded through httpx have
 * `status_code` and `content` instead).
 */
function cassette(path) {
  if (!cassettes.has(path)) {
    cassettes.set(
      path,
      readFile(path, 'utf8').then((text) => {
        const data = yaml.load(text, { schema: CASSETTE_SCHEMA });
        return Array.isArray(data) ? data : (data.http_interactions ?? data.interactions);
      }),
    );
  }
  return cassettes.get(path);
}

/** The n-th interaction of `<cassette>.yml@<n>`, or undefined when the path names no interaction. */
async function interaction(path) {
  const match = /^(.+\.ya?ml)@(\d+)$/.exec(path);
  if (!match) return undefined;
  const recorded = (await cassette(match[1]))[Number(match[2])];
  if (!recorded) throw new Error(`${path}: no such interaction`);
  return recorded;
}

/** A header's first value, whatever the case of its name. */
function header(headers, name) {
  const key = Object.keys(headers ?? {}).find((key) => key.toLowerCase() === name);
  return [headers[key]].flat()[0];
}

/** `{ status, contentType, body }` of a recorded response file. */
export async function readRecorded(path) {
  const recorded = await interaction(path);
  if (recorded) {
    const { status, status_code: statusCode, headers, body, content } = recorded.response;
    return {
      status: Number(status?.code ?? statusCode ?? 200),
      contentType: header(headers, 'content-type') ?? 'text/html',
      body: typeof body === 'string' ? body : (body?.string ?? content ?? ''),
    };
  }
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
  const recorded = await interaction(path);
  if (recorded) return recorded.request.uri;
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
