/**
 * The proxy on Node: what only Node can do. Every connection goes through an undici `Agent` whose
 * DNS lookup checks the resolved addresses and hands the socket exactly those, so the address
 * checked is the address connected to (no DNS-rebinding window).
 */
import { lookup as systemLookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { ProxyError } from '../errors.js';
import { createProxyFromResolved, fetchHandler, type ProxyHandler } from '../handler.js';
import { resolveOptions, type FetchFunction, type ProxyOptions, type ResolvedOptions } from '../options.js';
import {
  createTargetPolicy,
  effectivePort,
  isExemptTarget,
  isPublicAddress,
  type TargetPolicy,
} from '../target-policy.js';
import { dispatcherFetch } from './transport.js';

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
 * they are read, never ahead (see transport.ts); redirects are returned, not followed.
 */
export function createGuardedFetch(options: GuardOptions = {}): FetchFunction {
  return guardedFetch(createTargetPolicy(options), options);
}

/** The guarded fetch for a policy made already: the one of the proxy's resolved options (`resolveNodeOptions()`). */
function guardedFetch(policy: TargetPolicy, options: Pick<GuardOptions, 'resolve' | 'connectTimeout'>): FetchFunction {
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
  return fetchHandler(createProxyFromResolved(resolveNodeOptions(options)));
}

/**
 * The options resolved once, with the guarded fetch as the default transport: the fetch checks
 * connections against the very policy the proxy checks URLs against.
 */
export function resolveNodeOptions(options: NodeProxyOptions): ResolvedOptions {
  return resolveOptions(options, (policy) => guardedFetch(policy, options));
}
