/** Building the proxy's own responses: bodies, caching, CORS, errors. */
import type { ProxyError } from './errors.js';

/** Sent with every response: these are data, never documents to render or sniff. */
const BASE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

export function bodyResponse(
  status: number,
  body: string,
  contentType: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(body, {
    status,
    headers: { ...BASE_HEADERS, 'content-type': contentType, ...headers },
  });
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return bodyResponse(status, JSON.stringify(body), 'application/json; charset=utf-8', headers);
}

/** `Cache-Control` for a result that stays fresh `maxAge` more seconds. */
export function cacheHeaders(maxAge: number): Record<string, string> {
  return { 'cache-control': maxAge > 0 ? `public, max-age=${maxAge}` : 'no-store' };
}

export function errorResponse(error: ProxyError, headers: Record<string, string> = {}): Response {
  return jsonResponse(error.status, { error: error.code, message: error.message }, { 'cache-control': 'no-store', ...headers });
}

/**
 * CORS headers for a request: `*` by default; with an allow-list, the request's `Origin` echoed
 * when listed (and nothing otherwise, so browsers withhold the response from other pages).
 */
export function corsHeaders(request: Request, allowOrigin: '*' | ReadonlySet<string>): Record<string, string> {
  if (allowOrigin === '*') return { 'access-control-allow-origin': '*' };
  const origin = request.headers.get('origin');
  return origin && allowOrigin.has(origin)
    ? { 'access-control-allow-origin': origin, vary: 'Origin' }
    : { vary: 'Origin' };
}

/** The answer to a CORS preflight: GET only, whatever headers the page's `fetch` adds. */
export function preflightHeaders(request: Request): Record<string, string> {
  const requested = request.headers.get('access-control-request-headers');
  return {
    'access-control-allow-methods': 'GET, HEAD, OPTIONS',
    ...(requested ? { 'access-control-allow-headers': requested } : {}),
    'access-control-max-age': '86400',
  };
}
