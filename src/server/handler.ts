/**
 * The proxy's logic, once for every runtime: `createProxy()` answers a request with plain data,
 * and `createHandler()` wraps that as a Fetch API handler, `(request) => Promise<Response>`, for
 * any runtime with `fetch` (Node, Deno, Bun, Cloudflare Workers). Nothing here imports Node modules.
 */
import { AnswerCache, type Served } from './cache.js';
import { describeBug, ProxyError } from './errors.js';
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
  /**
   * Keeps work going after the answer is sent: a stale answer's refresh. Workers end a request's work
   * with its response, so pass `ctx.waitUntil` there; elsewhere background work runs on by itself.
   */
  waitUntil?: (work: Promise<unknown>) => void;
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

  /** The parsed request target; a 400 `bad-request` when `new URL()` refuses it (`//[`, `http://a:99999/`). */
  function targetOf(text: string): Target {
    let target = targets.get(text);
    if (target) return target;
    let url: URL;
    try {
      // A fixed base: the Host header is the client's to choose and is not needed here.
      url = new URL(text, 'http://localhost');
    } catch {
      throw new ProxyError(400, 'bad-request', 'The request target is not a valid path and query.');
    }
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
      return withLog(storedBodyAnswer(served.answer, ready, request.header('if-none-match')), served, url, request);
    },

    '/meta': async (target: Target, request: ProxyRequest) => {
      const url = parsedOnce(target, (query) => parseTargetUrl(query.get('url')));
      const served = await metadata.get(url);
      return withLog(storedBodyAnswer(served.answer, readyBody(served, 'json'), request.header('if-none-match')), served, url, request);
    },

    '/image': async (target: Target, request: ProxyRequest) => {
      const url = parsedOnce(target, (query) => parseTargetUrl(query.get('url')));
      const served = await images.get(url);
      const answer = storedBodyAnswer(served.answer, readyImage(served), request.header('if-none-match'));
      Object.assign(answer.headers, IMAGE_HEADERS);
      return withLog(answer, served, url, request);
    },
  });

  /** For load balancers and orchestrators: up, without touching an upstream or the rate limit. */
  const health = async (): Promise<ProxyAnswer> => jsonAnswer(200, { status: 'ok' }, { 'cache-control': 'no-store' });

  /**
   * Readiness: the provider list loads and the store answers (Redis reachable, when configured). 503 with the
   * reason otherwise; never an upstream, never the rate limit.
   */
  const readiness = async (): Promise<ProxyAnswer> => {
    const failures: string[] = [];
    await oembeds.ready().catch(() => failures.push('the oEmbed provider list cannot be loaded'));
    if (store.ready && !(await store.ready().catch(() => false))) failures.push('the store (Redis) is unreachable');
    return failures.length
      ? jsonAnswer(503, { status: 'not-ready', reasons: failures }, { 'cache-control': 'no-store' })
      : jsonAnswer(200, { status: 'ready' }, { 'cache-control': 'no-store' });
  };

  async function respond(request: ProxyRequest, target: Target): Promise<ProxyAnswer> {
    const { path } = target;
    if (request.method === 'GET' || request.method === 'HEAD') {
      if (path === '/healthz') return health();
      if (path === '/readyz') return readiness();
    }
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
    // Every path a request takes runs inside this guard, parsing its target included: whatever it sends, it
    // gets an answer (a 400 for a malformed target, a 500 and one log line for our bugs), never an exception.
    async answer(request) {
      let answer: ProxyAnswer;
      let route: string | undefined;
      try {
        const target = targetOf(request.target);
        route = target.pathname;
        answer = await respond(request, target);
        addCorsHeaders(answer.headers, request.header('origin'), resolved.allowOrigin);
      } catch (error) {
        answer = internalErrorAnswer(error);
        addCorsHeaders(answer.headers, safeHeader(request, 'origin'), resolved.allowOrigin);
      }
      answer.route ??= route ?? '(malformed)';
      if (request.method === 'HEAD') answer.body = null;
      return answer;
    },
    close: async () => store.close?.(),
  };
}

/** The answer for anything thrown while answering: its own status for a `ProxyError`, else a logged 500. */
export function internalErrorAnswer(error: unknown): ProxyAnswer {
  if (error instanceof ProxyError) return errorAnswer(error);
  console.error(`post-embeds proxy: internal error: ${describeBug(error)}`);
  return errorAnswer(new ProxyError(500, 'internal-error', 'Internal error.'));
}

/** A request header, or undefined when reading it throws (a runtime's own request object may). */
function safeHeader(request: ProxyRequest, name: string): string | undefined {
  try {
    return request.header(name);
  } catch {
    return undefined;
  }
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

/**
 * The access log's view of a cached answer: whether it came from the cache, and from which host. A
 * stale answer's refresh is handed to the runtime to wait for.
 */
function withLog(answer: ProxyAnswer, served: Served<unknown>, target: URL, request: RequestContext): ProxyAnswer {
  if (served.refreshing) request.waitUntil?.(served.refreshing);
  return Object.assign(answer, { cache: served.cache, upstream: target.hostname });
}

/** The proxy as a Fetch API handler. */
export function createHandler(options: ProxyOptions = {}): ProxyHandler {
  return fetchHandler(createProxy(options));
}

/**
 * `proxy` as a Fetch API handler: a `Request` in, a `Response` out. It never rejects: an answer the runtime
 * refuses to build (a header it finds invalid) becomes a logged 500.
 */
export function fetchHandler(proxy: Proxy): ProxyHandler {
  return async (request, context = {}) => {
    try {
      const answer = await proxy.answer({
        method: request.method,
        target: request.url,
        header: (name) => request.headers.get(name) ?? undefined,
        clientAddress: context.clientAddress,
          waitUntil: context.waitUntil,
      });
      return new Response(answer.body, { status: answer.status, headers: answer.headers });
    } catch (error) {
      const answer = internalErrorAnswer(error);
      return new Response(answer.body, { status: answer.status, headers: answer.headers });
    }
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
