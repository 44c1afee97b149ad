/**
 * Real RSS and Atom feeds from public feed parsers' test suites (test/fixtures/real/feeds/, SOURCES.md), served
 * as their bytes, whatever their encoding, with a feed's content type and no charset (so the feed's own XML
 * declaration or byte order mark says how to read it, as for most feeds on the web):
 *   /api/real-feeds/{suite}/{file}   e.g. /api/real-feeds/feed-rs/rss_2.0_bbc.xml, /api/real-feeds/rss-parser/heise.atom
 * `?charset=<label>` adds that charset to the content type (to test that the HTTP header wins).
 */

import { readFile } from 'node:fs/promises';
import { send } from '../lib/http.mjs';

const DIR = new URL('../../fixtures/real/feeds/', import.meta.url);
// The suites' expected values (`.serde.json`, `.json.expected`) are served as bytes too: rss-parser wrote those of
// its ISO-8859-1 feeds in ISO-8859-1, which the test runner's own file server would turn into U+FFFD.
const TYPES = { rss: 'application/rss+xml', atom: 'application/atom+xml', xml: 'application/xml', json: 'application/octet-stream', expected: 'application/octet-stream' };

export const routes = [
  {
    path: '/real-feeds/:suite/:file',
    handler: async ({ res, params, query }) => {
      const type = TYPES[params.file.split('.').pop()];
      const body = type && /^[\w.-]+$/.test(params.suite + params.file) ? await readFile(new URL(`${params.suite}/${params.file}`, DIR)).catch(() => undefined) : undefined;
      if (!body) return send(res, 404, 'Not found\n', { 'Content-Type': 'text/plain; charset=utf-8' });
      const charset = query.get('charset');
      send(res, 200, body, { 'Content-Type': charset ? `${type}; charset=${charset}` : type });
    },
  },
];
