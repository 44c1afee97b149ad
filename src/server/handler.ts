/**
 * The proxy's logic, once for every runtime: `createProxy()` answers a request with plain data,
 * and `createHandler()` wraps that as a Fetch API handler, `(request) => Promise<Response>`, for
 * any runtime with `fetch` (Node, Deno, Bun, Cloudflare Workers). Nothing here imports Node modules.
 */
import { AnswerCache, type Served } from './cache.js';
import { ProxyError } from './errors.js';
import { MetadataSource } from './metadata-source.js';
import { OEmbedSource, type OEmbedSize } from './oembed-source.js';
import { serializeOEmbedXml } from './oembed-xml.js';
import { resolveOptions, type ProxyOptions } from './options.js';
import {
  corsHeaders,
  errorAnswer,
  JSON_TYPE,
  jsonAnswer,
  preflightHeaders,
  storedBodyAnswer,
  type ProxyAnswer,
} from './responses.js';
import { parseTargetUrl } from './target-policy.js';
import { bucketKey } from './token-bucket.js';

/** What the runtime knows about a request beyond the `Request` itself. */
export interface RequestContext {
  /** The client's address, for rate limiting (Node: the socket's; Workers: `CF-Connecting-IP`). */
  clientAddress?: string;
}

export type ProxyHandler = (request: Request, context?: RequestContext) => Promise<Response>;

/** A request as the proxy needs it, whatever the runtime's own request object. */
export interface ProxyRequest extends RequestContext {
  method: string;
  /** The request target: path and query (an absolute URL works too). */
  target: string;
  /** A request header by its lower-case name. */
  header(name: string): string | undefined;
}

export interface Proxy {
  answer(request: ProxyRequest): Promise<ProxyAnswer>;
  /** Closes the store's connections (Redis); in-flight answers are not waited for. */
  close(): Promise<void>;
}

export function createProxy(options: ProxyOptions = {}): Proxy {
  const resolved = resolveOptions(options);
  const { store } = resolved;
  const cache = new AnswerCache(store, resolved.cache.maxEntries > 0, resolved.timeout);
  const oembeds = new OEmbedSource(resolved, cache);
  const metadata = new MetadataSource(resolved, oembeds, cache);

  type Route = (query: URLSearchParams, request: ProxyRequest) => Promise<ProxyAnswer>;
  const routes: Record<string, Route> = {
    '/': async () =>
      jsonAnswer(200, {
        name: 'post-embeds proxy',
        endpoints: [`${resolved.basePath}/oembed?url=…&format=json|xml`, `${resolved.basePath}/meta?url=…`],
      }),

    '/oembed': async (query, request) => {
      const url = parseTargetUrl(query.get('url'));
      const format = query.get('format') ?? 'json';
      if (format !== 'json' && format !== 'xml') {
        throw new ProxyError(501, 'unsupported-format', 'oEmbed is served as json or xml.');
      }
      const served = await oembeds.get(url, readSize(query));
      const { answer } = served;
      return withLog(
        format === 'json'
          ? storedBodyAnswer(answer, answer.body, JSON_TYPE, answer.etag, request.header('if-none-match'))
          : storedBodyAnswer(
              answer,
              serializeOEmbedXml(JSON.parse(answer.body)),
              'text/xml; charset=utf-8',
              // The XML is made from the JSON alone: one JSON, one XML, so the tag derives from it.
              `${answer.etag.slice(0, -1)}.xml"`,
              request.header('if-none-match'),
            ),
        served,
        url,
      );
    },

    '/meta': async (query, request) => {
      const url = parseTargetUrl(query.get('url'));
      const served = await metadata.get(url);
      const { answer } = served;
      return withLog(storedBodyAnswer(answer, answer.body, JSON_TYPE, answer.etag, request.header('if-none-match')), served, url);
    },
  };

  /** For load balancers and orchestrators: up, without touching an upstream or the rate limit. */
  const health = async (): Promise<ProxyAnswer> => jsonAnswer(200, { status: 'ok' }, { 'cache-control': 'no-store' });

  async function respond(request: ProxyRequest, url: URL): Promise<ProxyAnswer> {
    const path = url.pathname.startsWith(resolved.basePath) ? url.pathname.slice(resolved.basePath.length) || '/' : undefined;
    if (path === '/healthz' && (request.method === 'GET' || request.method === 'HEAD')) return health();
    const route = path === undefined ? undefined : routes[path];
    if (!route) throw new ProxyError(404, 'no-route', `No route for ${url.pathname}.`);
    if (request.method === 'OPTIONS') {
      return { status: 204, headers: preflightHeaders(request.header('access-control-request-headers')), body: null };
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const error = new ProxyError(405, 'method-not-allowed', 'Only GET, HEAD and OPTIONS are served.');
      return errorAnswer(error, { allow: 'GET, HEAD, OPTIONS' });
    }
    if (resolved.rateLimit) {
      const wait = await store
        .take(`rate ${bucketKey(request.clientAddress)}`, resolved.rateLimit)
        .catch(() => 0); // a store outage must not lock every client out
      if (wait > 0) {
        return errorAnswer(new ProxyError(429, 'rate-limited', 'Too many requests.'), { 'retry-after': String(wait) });
      }
    }
    return route(url.searchParams, request);
  }

  return {
    async answer(request) {
      // A fixed base: the Host header is the client's to choose and is not needed here.
      const url = new URL(request.target, 'http://localhost');
      let answer: ProxyAnswer;
      try {
        answer = await respond(request, url);
      } catch (error) {
        if (!(error instanceof ProxyError)) console.error('post-embeds proxy:', error);
        answer = errorAnswer(error instanceof ProxyError ? error : new ProxyError(500, 'internal-error', 'Internal error.'));
      }
      Object.assign(answer.headers, corsHeaders(request.header('origin'), resolved.allowOrigin));
      answer.route ??= url.pathname;
      if (request.method === 'HEAD') answer.body = null;
      return answer;
    },
    close: async () => store.close?.(),
  };
}

/** The access log's view of a cached answer: whether it came from the cache, and from which host. */
function withLog(answer: ProxyAnswer, served: Served, target: URL): ProxyAnswer {
  return Object.assign(answer, { cache: served.cache, upstream: target.hostname });
}

/** The proxy as a Fetch API handler. */
export function createHandler(options: ProxyOptions = {}): ProxyHandler {
  const proxy = createProxy(options);
  return async (request, context = {}) => {
    const answer = await proxy.answer({
      method: request.method,
      target: request.url,
      header: (name) => request.headers.get(name) ?? undefined,
      clientAddress: context.clientAddress,
    });
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
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
