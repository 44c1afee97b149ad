/**
 * A tiny path router for the fixture API's route modules.
 *
 * A route is `{ method, path, handler }`: `method` is a verb or an array of verbs (`HEAD` is served by `GET`
 * routes), `path` is relative to `/api` with `:name` segments and an optional trailing `*` (captured as
 * `params.rest`). Trailing slashes are ignored, so Ghost's `/posts/` and WordPress's `/wp-json/` match
 * patterns written without them.
 */

export function compileRoutes(routes) {
  return routes.map((route) => {
    const names = [];
    const source = trimTrailingSlash(route.path)
      .split('/')
      .map((segment) => {
        if (segment === '*') {
          names.push('rest');
          return '(.*)';
        }
        if (segment.startsWith(':')) {
          names.push(segment.slice(1));
          return '([^/]+)';
        }
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    const methods = [route.method ?? 'GET'].flat();
    return { ...route, methods, names, pattern: new RegExp(`^${source}$`) };
  });
}

/** Returns `{ route, params }` for the first route matching, or undefined. */
export function findRoute(compiledRoutes, method, path) {
  const verb = method === 'HEAD' ? 'GET' : method;
  const target = trimTrailingSlash(path);
  for (const route of compiledRoutes) {
    if (!route.methods.includes(verb)) continue;
    const match = route.pattern.exec(target);
    if (!match) continue;
    const params = Object.fromEntries(route.names.map((name, i) => [name, safeDecode(match[i + 1])]));
    return { route, params };
  }
  return undefined;
}

function trimTrailingSlash(path) {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

function safeDecode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
