/**
 * `post-embeds/server`: the self-hostable oEmbed and metadata proxy, runtime-neutral.
 * On Node, prefer `post-embeds/server/node` (`createNodeHandler`), which adds DNS-pinned,
 * address-checked connections.
 */
export {
  createHandler,
  createProxy,
  type Proxy,
  type ProxyHandler,
  type ProxyRequest,
  type RequestContext,
} from './handler.js';
export type { ProxyAnswer } from './responses.js';
export type { CacheOptions, ProxyStore, RateLimitOptions, StoredAnswer } from './store/store.js';
export { memoryStore } from './store/memory.js';
export { unstorageStore, type UnstorageLike, type UnstorageStoreOptions } from './store/unstorage.js';
export type { FetchFunction, ProxyOptions } from './options.js';
export type { OEmbed, OEmbedType } from './oembed.js';
export type { PageMetadata } from './metadata.js';
export type { OEmbedProvider } from './providers.js';
export { ProxyError, type ProxyErrorCode } from './errors.js';
export { isPublicAddress } from './target-policy.js';
