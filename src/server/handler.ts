/**
 * `createHandler()`: the proxy as one Fetch API handler, `(request) => Promise<Response>`, for any
 * runtime with `fetch` (Node, Deno, Bun, Cloudflare Workers). Nothing here imports Node modules.
 */
import { ProxyError } from './errors.js';
import { MetadataSource } from './metadata-source.js';
import { OEmbedSource, type OEmbedSize } from './oembed-source.js';
import { serializeOEmbedXml } from './oembed-xml.js';
import { resolveOptions, type ProxyOptions } from './options.js';
import { RateLimiter } from './rate-limit.js';
import {
  bodyResponse,
  cacheHeaders,
  corsHeaders,
  errorResponse,
  jsonResponse,
  preflightHeaders,
} from './responses.js';
import { parseTargetUrl } from './target-policy.js';

/** What the runtime knows about a request beyond the `Request` itself. */
export interface RequestContext {
  /** The client's address, for rate limiting (Node: the socket's; Workers: `CF-Connecting-IP`). */
  clientAddress?: string;
}

export type ProxyHandler = (request: Request, context?: RequestContext) => Promise<Response>;

export function createHandler(options: ProxyOptions = {}): ProxyHandler {
  const resolved = resolveOptions(options);
  const limiter = resolved.rateLimit && new RateLimiter(resolved.rateLimit);
  const oembeds = new OEmbedSource(resolved);
  const metadata = new MetadataSource(resolved, oembeds);

  const routes: Record<string, (query: URLSearchParams) => Promise<Response>> = {
    '/': async () =>
      jsonResponse(200, {
        name: 'post-embeds proxy',
        endpoints: [`${resolved.basePath}/oembed?url=…&format=json|xml`, `${resolved.basePath}/meta?url=…`],
      }),

    '/oembed': async (query) => {
      const url = parseTargetUrl(query.get('url'));
      const format = query.get('format') ?? 'json';
      if (format !== 'json' && format !== 'xml') {
        throw new ProxyError(501, 'unsupported-format', 'oEmbed is served as json or xml.');
      }
      const { value, maxAge } = await oembeds.get(url, readSize(query));
      return format === 'json'
        ? jsonResponse(200, value, cacheHeaders(maxAge))
        : bodyResponse(200, serializeOEmbedXml(value), 'text/xml; charset=utf-8', cacheHeaders(maxAge));
    },

    '/meta': async (query) => {
      const { value, maxAge } = await metadata.get(parseTargetUrl(query.get('url')));
      return jsonResponse(200, value, cacheHeaders(maxAge));
    },
  };

  async function respond(request: Request, context: RequestContext): Promise<Response> {
    const url = new URL(request.url);
    const route = url.pathname.startsWith(resolved.basePath)
      ? routes[url.pathname.slice(resolved.basePath.length) || '/']
      : undefined;
    if (!route) throw new ProxyError(404, 'no-route', `No route for ${url.pathname}.`);
    if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: preflightHeaders(request) });
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const error = new ProxyError(405, 'method-not-allowed', 'Only GET, HEAD and OPTIONS are served.');
      return errorResponse(error, { allow: 'GET, HEAD, OPTIONS' });
    }
    const wait = limiter ? limiter.take(context.clientAddress) : 0;
    if (wait > 0) {
      return errorResponse(new ProxyError(429, 'rate-limited', 'Too many requests.'), { 'retry-after': String(wait) });
    }
    return route(url.searchParams);
  }

  return async (request, context = {}) => {
    let response: Response;
    try {
      response = await respond(request, context);
    } catch (error) {
      if (!(error instanceof ProxyError)) console.error('post-embeds proxy:', error);
      response = errorResponse(
        error instanceof ProxyError ? error : new ProxyError(500, 'internal-error', 'Internal error.'),
      );
    }
    for (const [name, value] of Object.entries(corsHeaders(request, resolved.allowOrigin))) {
      response.headers.set(name, value);
    }
    return request.method === 'HEAD' ? new Response(null, response) : response;
  };
}

function readSize(query: URLSearchParams): OEmbedSize {
  const dimension = (name: 'maxwidth' | 'maxheight') => {
    const value = query.get(name);
    if (value === null || value === '') return undefined;
    if (!/^\d{1,5}$/.test(value) || Number(value) === 0) {
      throw new ProxyError(400, 'bad-parameter', `${name} must be a positive whole number of pixels.`);
    }
    return Number(value);
  };
  return { maxwidth: dimension('maxwidth'), maxheight: dimension('maxheight') };
}
