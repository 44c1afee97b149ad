/**
 * `post-embeds/server/node`: the proxy on Node. Adds what only Node can do: every connection goes
 * through an undici `Agent` whose DNS lookup checks the resolved addresses and hands the socket
 * exactly those, so the address checked is the address connected to (no DNS-rebinding window).
 */
import { lookup as systemLookup } from 'node:dns/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LookupFunction } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { ProxyError } from './errors.js';
import { createHandler, createProxy, type ProxyHandler } from './handler.js';
import { dispatcherFetch } from './node-transport.js';
import type { FetchFunction, ProxyOptions } from './options.js';
import type { ProxyAnswer } from './responses.js';
import { createTargetPolicy, effectivePort, isExemptTarget, isPublicAddress } from './target-policy.js';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to its addresses (default: the system resolver, like any Node socket). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface GuardOptions extends Pick<ProxyOptions, 'allowPrivate' | 'allowHosts'> {
  /** Replace DNS, e.g. in tests mapping a name to 127.0.0.1. */
  resolve?: Resolver;
  /** Time to establish a connection (TCP and TLS), in ms (default 5000). */
  connectTimeout?: number;
}

export interface NodeProxyOptions extends ProxyOptions, GuardOptions {}

/**
 * A `fetch` that connects only to public addresses, pinned to the checked ones. Connections to an
 * exempt host and port (`allowHosts`, `allowPrivate`) skip the address check; which applies is
 * decided per connection, from its host name and port. Bodies are decoded (gzip, deflate, br) as
 * they are read, never ahead (see node-transport.ts); redirects are returned, not followed.
 */
export function createGuardedFetch(options: GuardOptions = {}): FetchFunction {
  const policy = createTargetPolicy(options);
  const resolve = options.resolve ?? ((hostname) => systemLookup(hostname, { all: true, verbatim: true }));

  const lookup =
    (exempt: boolean): LookupFunction =>
    (hostname, lookupOptions, callback) => {
      resolve(hostname)
        .then((addresses) => {
          if (addresses.length === 0) throw Object.assign(new Error(`${hostname} not found`), { code: 'ENOTFOUND' });
          const usable = addresses.filter(
            ({ address, family }) =>
              (!lookupOptions.family || family === lookupOptions.family) && (exempt || isPublicAddress(address)),
          );
          if (usable.length === 0) {
            throw new ProxyError(403, 'refused-address', `${hostname} does not resolve to a public address.`);
          }
          // The socket connects to exactly these addresses: what was checked is what is used.
          if (lookupOptions.all) callback(null, usable);
          else callback(null, usable[0]!.address, usable[0]!.family);
        })
        .catch((error: NodeJS.ErrnoException) => callback(error, ''));
    };

  const timeout = options.connectTimeout ?? 5000;
  const guarded = buildConnector({ timeout, lookup: lookup(false) });
  const unguarded = buildConnector({ timeout, lookup: lookup(true) });
  const dispatcher = new Agent({
    connect: (target, callback) => {
      const port = effectivePort(target.protocol, target.port);
      const connector = isExemptTarget(target.hostname, port, policy) ? unguarded : guarded;
      connector(target, callback);
    },
  });
  return dispatcherFetch(dispatcher);
}

/** `createHandler()` with the guarded Node transport. */
export function createNodeHandler(options: NodeProxyOptions = {}): ProxyHandler {
  return createHandler(withGuardedFetch(options));
}

function withGuardedFetch(options: NodeProxyOptions): NodeProxyOptions {
  return { ...options, fetch: options.fetch ?? createGuardedFetch(options) };
}

/**
 * A `node:http` request listener. It resolves to `false`, answering nothing, for paths outside
 * `basePath`, so it can sit in a list of handlers beside others. `close()` closes the store.
 */
export interface NodeRequestListener {
  (request: IncomingMessage, response: ServerResponse): Promise<boolean>;
  close(): Promise<void>;
}

export interface NodeListenerOptions extends NodeProxyOptions {
  /** The client's address for the rate limiter (default: the socket's), e.g. from a trusted reverse proxy. */
  clientAddress?: (request: IncomingMessage) => string | undefined;
  /** Called once each answer is written, with the milliseconds it took, e.g. for an access log. */
  onAnswer?: (request: IncomingMessage, answer: ProxyAnswer, ms: number) => void;
}

/**
 * The proxy's answers written straight to the socket: no `Request`/`Response` is built, so a
 * cached answer costs a look-up of its already parsed target, a store lookup and one write of its
 * ready bytes (the fast path).
 */
export function createNodeListener(options: NodeListenerOptions = {}): NodeRequestListener {
  const proxy = createProxy(withGuardedFetch(options));
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const clientAddress = options.clientAddress ?? ((request: IncomingMessage) => request.socket.remoteAddress);

  const listener = async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<boolean> => {
    const start = options.onAnswer && performance.now();
    const target = incoming.url ?? '/';
    if (basePath && !isUnder(target, basePath)) return false;
    const answer = await proxy.answer({
      method: incoming.method ?? 'GET',
      target,
      header: (name) => {
        const value = incoming.headers[name];
        return Array.isArray(value) ? value.join(', ') : value;
      },
      clientAddress: clientAddress(incoming),
    });
    const { body } = answer;
    if (body === null) {
      outgoing.writeHead(answer.status, answer.headers).end();
    } else {
      // A cached answer's body is its ready bytes (the same for every request it serves): written as they are.
      answer.headers['content-length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);
      outgoing.writeHead(answer.status, answer.headers).end(body);
    }
    if (start !== undefined) options.onAnswer!(incoming, answer, performance.now() - start);
    return true;
  };
  return Object.assign(listener, { close: () => proxy.close() });
}

/** Whether a request target's path is `basePath` or below it. */
function isUnder(target: string, basePath: string): boolean {
  const path = target.split('?', 1)[0]!;
  return path === basePath || path.startsWith(`${basePath}/`);
}

export { createNodeServer, DEFAULT_SERVER_LIMITS, type ServerLimits } from './node-server.js';
