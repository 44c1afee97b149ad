/**
 * The proxy's logic, once for every runtime: `createProxy()` answers a request with plain data,
 * and `createHandler()` wraps that as a Fetch API handler, `(request) => Promise<Response>`, for
 * any runtime with `fetch` (Node, Deno, Bun, Cloudflare Workers). Nothing here imports Node modules.
 */
import { AnswerCache, type Served } from './cache.js';
import { ProxyError } from './errors.js';
import { IMAGE_HEADERS, ImageSource, readyImage, readyOEmbedThroughImages } from './image.js';
import { MetadataSource } from './metadata-source.js';
import { OEmbedSource, type OEmbedSize } from './oembed-source.js';
import { resolveOptions, type ProxyOptions, type ResolvedOptions } from './options.js';
import {
  addCorsHeaders,
  errorAnswer,
  jsonAnswer,
  preflightHeaders,
  readyBody,
  storedBodyAnswer,
  type ProxyAnswer,
  type Representation,
} from './responses.js';
import { parseTargetUrl } from './target-policy.js';
import { bucketKey } from './store/token-bucket.js';

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
  return createProxyFromResolved(resolveOptions(options));
}

/** `createProxy()` for options resolved already (`resolveOptions()`), e.g. by the Node listener. */
export function createProxyFromResolved(resolved: ResolvedOptions): Proxy {
  const { store } = resolved;
  const cache = new AnswerCache(store, resolved.cache.maxEntries > 0, resolved.timeout);
  const oembeds = new OEmbedSource(resolved, cache);
  const metadata = new MetadataSource(resolved, oembeds, cache);
  const images = new ImageSource(resolved, cache);

  /**
   * Request targets as parsed, by their text: a client asking again for the same thing (the common
   * case: a page's embeds, a CDN revalidating) costs a map lookup instead of URL parsing and checks.
   */
  const targets = new Map<string, Target>();

  function targetOf(text: string): Target {
    let target = targets.get(text);
    if (target) return target;
    // A fixed base: the Host header is the client's to choose and is not needed here.
    const url = new URL(text, 'http://localhost');
    const path = url.pathname.startsWith(resolved.basePath) ? url.pathname.slice(resolved.basePath.length) || '/' : undefined;
    target = { pathname: url.pathname, path, query: url.searchParams };
    if (text.length <= MAX_KEPT_TARGET_LENGTH) {
      // First in, first out: a flood of distinct targets only ever costs these entries.
      if (targets.size >= KEPT_TARGETS) targets.delete(targets.keys().next().value!);
      targets.set(text, target);
    }
    return target;
  }

  type Route = (target: Target, request: ProxyRequest) => Promise<ProxyAnswer>;
  // No prototype: a path such as `/constructor` names no route.
  const routes: Record<string, Route> = Object.assign(Object.create(null) as Record<string, Route>, {
    '/': async () =>
      jsonAnswer(200, {
        name: 'post-embeds proxy',
        endpoints: [
          `${resolved.basePath}/oembed?url=…&format=json|xml`,
          `${resolved.basePath}/meta?url=…`,
          `${resolved.basePath}/image?url=…`,
        ],
      }),

    '/oembed': async (target: Target, request: ProxyRequest) => {
      const { url, format, size } = parsedOnce(target, (query) => {
        const format = query.get('format') ?? 'json';
        const url = parseTargetUrl(query.get('url'));
        if (format !== 'json' && format !== 'xml') {
          throw new ProxyError(501, 'unsupported-format', 'oEmbed is served as json or xml.');
        }
        return { url, format: format as Representation, size: readSize(query) };
      });
      const served = await oembeds.get(url, size);
      const ready = (resolved.proxyImages && readyOEmbedThroughImages(served, format)) || readyBody(served, format);
      return withLog(storedBodyAnswer(served.answer, ready, request.header('if-none-match')), served, url);
    },

    '/meta': async (target: Target, request: ProxyRequest) => {
      const url = parsedOnce(target, (query) => parseTargetUrl(query.get('url')));
      const served = await metadata.get(url);
      return withLog(storedBodyAnswer(served.answer, readyBody(served, 'json'), request.header('if-none-match')), served, url);
    },

    '/image': async (target: Target, request: ProxyRequest) => {
      const url = parsedOnce(target, (query) => parseTargetUrl(query.get('url')));
      const served = await images.get(url);
      const answer = storedBodyAnswer(served.answer, readyImage(served), request.header('if-none-match'));
      Object.assign(answer.headers, IMAGE_HEADERS);
      return withLog(answer, served, url);
    },
  });

  /** For load balancers and orchestrators: up, without touching an upstream or the rate limit. */
  const health = async (): Promise<ProxyAnswer> => jsonAnswer(200, { status: 'ok' }, { 'cache-control': 'no-store' });

  async function respond(request: ProxyRequest, target: Target): Promise<ProxyAnswer> {
    const { path } = target;
    if (path === '/healthz' && (request.method === 'GET' || request.method === 'HEAD')) return health();
    const route = path === undefined ? undefined : routes[path];
    if (!route) throw new ProxyError(404, 'no-route', `No route for ${target.pathname}.`);
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
    return route(target, request);
  }

  return {
    async answer(request) {
      const target = targetOf(request.target);
      let answer: ProxyAnswer;
      try {
        answer = await respond(request, target);
      } catch (error) {
        if (!(error instanceof ProxyError)) console.error('post-embeds proxy:', error);
        answer = errorAnswer(error instanceof ProxyError ? error : new ProxyError(500, 'internal-error', 'Internal error.'));
      }
      addCorsHeaders(answer.headers, request.header('origin'), resolved.allowOrigin);
      answer.route ??= target.pathname;
      if (request.method === 'HEAD') answer.body = null;
      return answer;
    },
    close: async () => store.close?.(),
  };
}

/** Request targets kept parsed, at most, and the longest kept (longer ones are parsed each time). */
const KEPT_TARGETS = 1000;
const MAX_KEPT_TARGET_LENGTH = 4096;

/** A request target as the routes read it. */
interface Target {
  pathname: string;
  /** The path below `basePath`, or `undefined` outside it. */
  path: string | undefined;
  query: URLSearchParams;
  /** What the route made of `query`, once it found it valid. */
  parsed?: unknown;
}

/**
 * What a route makes of its target's query, worked out on the first request that finds it valid and
 * kept with the target (an invalid query throws, and is looked at again next time).
 */
function parsedOnce<T>(target: Target, parse: (query: URLSearchParams) => T): T {
  return (target.parsed ??= parse(target.query)) as T;
}

/** The access log's view of a cached answer: whether it came from the cache, and from which host. */
function withLog(answer: ProxyAnswer, served: Served<unknown>, target: URL): ProxyAnswer {
  return Object.assign(answer, { cache: served.cache, upstream: target.hostname });
}

/** The proxy as a Fetch API handler. */
export function createHandler(options: ProxyOptions = {}): ProxyHandler {
  return fetchHandler(createProxy(options));
}

/** `proxy` as a Fetch API handler: a `Request` in, a `Response` out. */
export function fetchHandler(proxy: Proxy): ProxyHandler {
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
