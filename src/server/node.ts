/**
 * Entry point `post-embeds/server/node`: the proxy on Node (see `node/`). Adds what only Node can do:
 * every connection goes through an undici `Agent` whose DNS lookup checks the resolved addresses and
 * hands the socket exactly those, so the address checked is the address connected to (no DNS-rebinding window).
 */
export {
  createGuardedFetch,
  createNodeHandler,
  type GuardOptions,
  type NodeProxyOptions,
  type ResolvedAddress,
  type Resolver,
} from './node/guarded-fetch.js';
export { createNodeListener, type NodeListenerOptions, type NodeRequestListener } from './node/listener.js';
export { createNodeServer, DEFAULT_SERVER_LIMITS, type ServerLimits } from './node/server.js';
