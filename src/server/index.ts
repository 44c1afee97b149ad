/**
 * `post-embeds/server`: the self-hostable oEmbed and metadata proxy, runtime-neutral.
 * On Node, prefer `post-embeds/server/node` (`createNodeHandler`), which adds DNS-pinned,
 * address-checked connections.
 */
export { createHandler, type ProxyHandler, type RequestContext } from './handler.js';
export type { CacheOptions, FetchFunction, ProxyOptions, RateLimitOptions } from './options.js';
export type { OEmbed, OEmbedType } from './oembed.js';
export type { PageMetadata } from './metadata.js';
export type { OEmbedProvider } from './providers.js';
export { ProxyError, type ProxyErrorCode } from './errors.js';
export { isPublicAddress } from './target-policy.js';
