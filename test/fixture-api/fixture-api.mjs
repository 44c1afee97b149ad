/**
 * The fixture API: a local, offline stand-in for the services post-embeds reads, with their real response
 * shapes. Served under `/api/` by `npm start` (start.mjs) and by the browser test runner (middleware below).
 *
 * Routes (paths relative to /api; route modules in ./routes/):
 *   /wp-json/                              WordPress index (name, url, namespaces, routes)
 *   /wp-json/wp/v2/posts                   per_page, page, categories, tags, author, include, exclude, slug,
 *                                          before, after, order, orderby, lang (Polylang), _embed, _fields;
 *                                          X-WP-Total, X-WP-TotalPages, Link
 *   /wp-json/wp/v2/posts/{id}              also /users/{id}, /media/{id}, /categories[/{id}], /tags[/{id}]
 *   /wp-json/yarpp/v1/related/{id}         YARPP related posts (limit)
 *   /feed.json, /ar/feed.json              JSON Feed 1.1 (English, Arabic); /feed-1.0.json: JSON Feed 1.0
 *   /feed/, /ar/feed/, /feed/atom/         RSS 2.0 (English, Arabic) and Atom 1.0, as WordPress writes them
 *   /real-feeds/{suite}/{file}             real RSS and Atom feeds, as their bytes (see routes/feeds.mjs)
 *   /ghost/content/posts/                  Ghost Content API (include, limit, page, filter=slug:x|tag:x),
 *   /ghost/content/posts/slug/{slug}/      …/settings/; /ghost-ar/… is the Arabic site (`locale: "ar"`)
 *   /uploads/…, /avatar/{name}.svg?s=96    generated SVG images
 *   /faults/…                              broken responses for tests (see routes/faults.mjs)
 *   /oembed/…, /wp-json/oembed/1.0/embed   oEmbed providers and WordPress's oEmbed (see routes/oembed.mjs)
 *   /{slug}/, /ar/{slug}/, /?p={id}        the posts' pages, with WordPress's REST API discovery (routes/site.mjs)
 *   /?rest_route={route}                   the REST API without pretty permalinks: served as /wp-json{route}
 *
 * Request log, for tests: every request under /api/ except the log's own is counted by its path+query.
 *   GET /api/__log                  → {"requests": {"/api/wp-json/wp/v2/posts/42?_embed": 1, …}}
 *   GET /api/__log?path=<prefix>    → {"path": "<prefix>", "count": <requests whose path+query starts with it>}
 *   GET|POST /api/__log/reset       clears the log (only the entries starting with `?path=<prefix>` if given)
 * Echo, for tests: `POST /api/__echo` stores bodies, `GET /api/__echo/<id>/<name>` serves them (routes/echo.mjs).
 * Scopes: `/api/~<name>/…` is served exactly like `/api/…` (links in bodies keep the scope) but is logged
 * under its own path. The test runner runs both browsers at once against one server, so a test that counts
 * requests should use a scope of its own, e.g. endpoint="/api/~card-cache-1a2b/wp-json".
 *
 * Every response carries `Access-Control-Allow-Origin: *` and exposes X-WP-Total, X-WP-TotalPages and Link.
 */

import { API_HEADERS, json, responseSettled, send } from './lib/http.mjs';
import { recordRequest } from './lib/request-log.mjs';
import { compileRoutes, findRoute } from './lib/router.mjs';

export { json } from './lib/http.mjs';

/**
 * Route modules in ./routes/, tried in order. Adding one is a one-line change: its name here.
 * A module exports `routes`, an array of `{ method?, path, handler }` (see lib/router.mjs); `handler(ctx)`
 * writes the response (it may return a promise) and gets `ctx = { req, res, url, query, params, path,
 * apiBase }`, where `apiBase` (`http://host/api`, scope included) is the base for absolute URLs in bodies.
 * Route modules import helpers (`json`, `send`, WordPress errors) from ./lib/http.mjs, not from this file.
 */
const ROUTE_MODULES = ['log', 'echo', 'wordpress', 'yarpp', 'jsonfeed', 'rss', 'feeds', 'ghost', 'images', 'faults', 'oembed', 'meta', 'site'];

const SCOPED_PATH = /^\/~([\w-]+)(\/.*)?$/;

let routeTable;

function loadRoutes() {
  routeTable ??= Promise.all(ROUTE_MODULES.map((name) => import(`./routes/${name}.mjs`))).then((modules) =>
    compileRoutes(modules.flatMap((module) => module.routes)),
  );
  return routeTable;
}

/**
 * Node `http` handler for everything under `/api/`. Resolves to false for other paths (not ours), and
 * otherwise to true once the response is complete or the client has gone away.
 */
export async function handleFixtureApi(req, res) {
  const url = new URL(req.url, 'http://fixture.invalid');
  if (!url.pathname.startsWith('/api/')) return false;

  const scoped = SCOPED_PATH.exec(url.pathname.slice('/api'.length));
  let path = scoped ? (scoped[2] ?? '/') : url.pathname.slice('/api'.length);
  // A site without pretty permalinks names the REST route in the query: `/?rest_route=/wp/v2/posts/42`.
  const restRoute = path === '/' ? url.searchParams.get('rest_route') : null;
  if (restRoute?.startsWith('/')) path = `/wp-json${restRoute}`;
  if (!path.startsWith('/__log')) recordRequest(req.url);

  for (const [name, value] of Object.entries(API_HEADERS)) res.setHeader(name, value);
  if (req.method === 'OPTIONS') {
    send(res, 204, '', {
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
      'Access-Control-Max-Age': '600',
    });
    return true;
  }

  const protocol = req.socket.encrypted ? 'https' : 'http';
  const apiBase = `${protocol}://${req.headers.host ?? 'localhost'}/api${scoped ? `/~${scoped[1]}` : ''}`;
  const match = findRoute(await loadRoutes(), req.method, path);
  if (match) {
    await match.route.handler({ req, res, url, query: url.searchParams, params: match.params, path, apiBase });
  } else if (path.startsWith('/wp-json')) {
    json(res, 404, {
      code: 'rest_no_route',
      message: 'No route was found matching the URL and request method.',
      data: { status: 404 },
    });
  } else {
    json(res, 404, { error: 'not_found', message: `No fixture at ${url.pathname}` });
  }
  await responseSettled(res);
  return true;
}

/** Koa middleware (for @web/test-runner and @web/dev-server) serving the same API. */
export function fixtureApiMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/api/')) return next();
    // The handler writes to the raw Node response itself. Koa presets 404 to mean "unhandled": restore
    // Node's 200 so a request the API never answers (faults/hang) is not reported as a 404.
    ctx.respond = false;
    ctx.res.statusCode = 200;
    await handleFixtureApi(ctx.req, ctx.res);
  };
}
